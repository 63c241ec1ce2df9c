import type {
  DialogIntent,
  InteractionModelDocument,
  ModelIntent,
  ModelSlot,
  ModelType,
  ModelTypeValue,
} from './model-types';
import { type FeatureFolder, type InteractionModelSource, InteractionModelSourceError } from './read-source';
import type { PhrasesSource, TypeValuesSource } from './source-schema';
import { expandTemplate, type Fragments } from './template';

/** Placeholder for "the slot this elicitation sample belongs to" in slotSamples. */
const THIS_SLOT = '{_}';

function expandAll(templates: readonly string[], fragments: Fragments): string[] {
  return [...new Set(templates.flatMap((template) => expandTemplate(template, fragments)))];
}

type TypeSources = ReadonlyMap<string, TypeValuesSource>;
type Inclusion = Extract<TypeValuesSource, { include: string[] }>;

function isInclusion(values: TypeValuesSource): values is Inclusion {
  return !Array.isArray(values) && Array.isArray(values.include) && 'values' in values;
}

function typeValues(
  values: TypeValuesSource,
  sources: TypeSources,
  seen: readonly string[],
): ModelTypeValue[] {
  if (isInclusion(values)) {
    const included = values.include.flatMap((type) => {
      const source = sources.get(type);
      if (!source || seen.includes(type))
        throw new InteractionModelSourceError(
          `type values include ${type}, which is unknown or includes itself`,
        );
      return typeValues(source, sources, [...seen, type]);
    });
    const own = typeValues(values.values, sources, seen);
    const ownIds = new Set(own.map((value) => value.id));
    return [...included.filter((value) => !ownIds.has(value.id)), ...own];
  }
  const entries: [string, string[]][] = Array.isArray(values)
    ? values.map((value) => [value, [value]])
    : Object.entries(values);
  return entries.map(([id, [value = id, ...listed]]) => {
    // A value with a hyphen is also heard as two words ("Jean-Pierre", "Jean Pierre"; "ce mois-ci").
    const spoken = [value, ...listed]
      .filter((said) => said.includes('-'))
      .map((said) => said.replaceAll('-', ' '));
    const synonyms = [...new Set([...listed, ...spoken])].filter((said) => said !== value);
    return { id, name: synonyms.length > 0 ? { value, synonyms } : { value } };
  });
}

function slotSamplesFor(
  phrases: PhrasesSource,
  intent: string,
  slot: string,
  fragments: Fragments,
): string[] {
  const byKey = phrases.slotSamples?.[intent] ?? {};
  const templates = Object.entries(byKey)
    .filter(([key]) => key.split(',').some((name) => name.trim() === slot))
    .flatMap(([, samples]) => samples.map((sample) => sample.replaceAll(THIS_SLOT, `{${slot}}`)));
  return expandAll(templates, fragments);
}

/** Every feature's fragments of one language, in one namespace: a name defined twice is an error. */
function fragmentsOf(features: readonly FeatureFolder[], language: string): Fragments {
  const fragments: Record<string, string> = {};
  const owners = new Map<string, string>();
  for (const feature of features) {
    for (const [name, template] of Object.entries(feature.phrases[language]?.fragments ?? {})) {
      const owner = owners.get(name);
      if (owner)
        throw new InteractionModelSourceError(
          `fragment <${name}> is defined in both ${owner} and ${feature.name} (phrases.${language}.json)`,
        );
      owners.set(name, feature.name);
      fragments[name] = template;
    }
  }
  return fragments;
}

function checkPhrasesMatchSchema(feature: FeatureFolder, language: string): void {
  const phrases = feature.phrases[language] ?? {};
  const intents = new Map(feature.schema.intents.map((intent) => [intent.name, intent]));
  const where = `interaction-models/${feature.name}/phrases.${language}.json`;
  for (const intent of Object.keys({ ...phrases.intents, ...phrases.slotSamples })) {
    if (!intents.has(intent))
      throw new InteractionModelSourceError(`${where}: intent ${intent} is not in schema.json`);
  }
  for (const [intent, byKey] of Object.entries(phrases.slotSamples ?? {})) {
    const slots = new Set(intents.get(intent)?.slots?.map((slot) => slot.name));
    for (const name of Object.keys(byKey).flatMap((key) => key.split(',').map((part) => part.trim()))) {
      if (!slots.has(name)) throw new InteractionModelSourceError(`${where}: ${intent} has no slot ${name}`);
    }
  }
  const declaredTypes = new Set(feature.schema.types ?? []);
  for (const type of Object.keys(phrases.types ?? {})) {
    if (!declaredTypes.has(type))
      throw new InteractionModelSourceError(`${where}: type ${type} is not in schema.json`);
  }
  for (const type of declaredTypes) {
    if (!phrases.types?.[type]) throw new InteractionModelSourceError(`${where}: no values for type ${type}`);
  }
}

function buildLanguage(features: readonly FeatureFolder[], language: string) {
  const intents: ModelIntent[] = [];
  const types: ModelType[] = [];
  const dialogIntents: DialogIntent[] = [];
  const fragments = fragmentsOf(features, language);
  const typeSources = new Map(
    features.flatMap((feature) => Object.entries(feature.phrases[language]?.types ?? {})),
  );
  for (const feature of features) {
    checkPhrasesMatchSchema(feature, language);
    const phrases = feature.phrases[language] ?? {};
    for (const intent of feature.schema.intents) {
      const slots = intent.slots?.map((slot): ModelSlot => {
        const samples = slotSamplesFor(phrases, intent.name, slot.name, fragments);
        return samples.length > 0 ? { ...slot, samples } : { ...slot };
      });
      const samples = expandAll(phrases.intents?.[intent.name] ?? [], fragments);
      intents.push(slots ? { name: intent.name, slots, samples } : { name: intent.name, samples });
    }
    for (const type of feature.schema.types ?? []) {
      types.push({ name: type, values: typeValues(phrases.types?.[type] ?? [], typeSources, [type]) });
    }
    for (const rule of feature.schema.dialog?.intents ?? []) {
      const intent = feature.schema.intents.find((candidate) => candidate.name === rule.name);
      if (!intent)
        throw new InteractionModelSourceError(`dialog intent ${rule.name} is not in ${feature.name}`);
      dialogIntents.push({
        name: rule.name,
        delegationStrategy: rule.delegationStrategy,
        confirmationRequired: rule.confirmationRequired ?? false,
        prompts: {},
        // Every slot is listed, none required: the skill elicits and confirms with its own directives.
        slots: (intent.slots ?? []).map((slot) => ({
          name: slot.name,
          type: slot.type,
          confirmationRequired: false,
          elicitationRequired: false,
          prompts: {},
        })),
      });
    }
  }
  return { intents, types, dialogIntents };
}

function checkUniqueNames(features: readonly FeatureFolder[]): void {
  const seen = new Map<string, string>();
  for (const feature of features) {
    const names = [
      ...feature.schema.intents.map((intent) => `intent ${intent.name}`),
      ...(feature.schema.types ?? []).map((type) => `type ${type}`),
    ];
    for (const name of names) {
      const owner = seen.get(name);
      if (owner)
        throw new InteractionModelSourceError(`${name} is defined in both ${owner} and ${feature.name}`);
      seen.set(name, feature.name);
    }
  }
}

/**
 * Builds the ASK interaction model of every locale from the source. Pure and deterministic:
 * the same source always gives the same documents, in the same order.
 */
export function buildInteractionModels(
  source: InteractionModelSource,
): Map<string, InteractionModelDocument> {
  checkUniqueNames(source.features);
  const documents = new Map<string, InteractionModelDocument>();
  for (const [locale, { language, invocationName }] of Object.entries(source.locales).sort(([a], [b]) =>
    a.localeCompare(b),
  )) {
    const { intents, types, dialogIntents } = buildLanguage(source.features, language);
    documents.set(locale, {
      interactionModel: {
        languageModel: { invocationName, intents, types },
        ...(dialogIntents.length > 0 ? { dialog: { intents: dialogIntents } } : {}),
        prompts: [],
      },
    });
  }
  return documents;
}

/** The committed text of a model: 2-space JSON with a final newline. */
export function serialiseInteractionModel(document: InteractionModelDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
