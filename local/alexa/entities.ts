import type { InteractionModel } from './model';
import { phraseKeys } from './words';

/** A slot type value: its id and its canonical name, as entity resolution returns them. */
export interface Entity {
  id: string;
  name: string;
}

/** One slot type's values as a Dialog.UpdateDynamicEntities directive carries them. */
export interface DynamicEntityType {
  name: string;
  values: { id: string; name: { value: string; synonyms?: string[] } }[];
}

/** Values of one slot type, by the match key of each value and synonym. */
export interface EntityCatalog {
  byKey: Map<string, Entity>;
  /** Words in the longest value or synonym, to bound how far a slot may reach. */
  longest: number;
}

function catalog(values: DynamicEntityType['values']): EntityCatalog {
  const byKey = new Map<string, Entity>();
  let longest = 0;
  for (const value of values) {
    const entity = { id: value.id, name: value.name.value };
    for (const spoken of [value.name.value, ...(value.name.synonyms ?? [])]) {
      const keys = phraseKeys(spoken);
      longest = Math.max(longest, keys.length);
      const key = keys.join(' ');
      if (!byKey.has(key)) byKey.set(key, entity);
    }
  }
  return { byKey, longest };
}

/** The static values of every custom slot type of a model, by type name. */
export function staticCatalogs(model: InteractionModel): Map<string, EntityCatalog> {
  const types = model.interactionModel.languageModel.types ?? [];
  return new Map(
    types.map((type) => [
      type.name,
      catalog(type.values.map((value) => ({ id: value.id ?? value.name.value, name: value.name }))),
    ]),
  );
}

/** The dynamic entities a skill set for the session, by type name. */
export function dynamicCatalogs(types: readonly DynamicEntityType[]): Map<string, EntityCatalog> {
  return new Map(types.map((type) => [type.name, catalog(type.values)]));
}
