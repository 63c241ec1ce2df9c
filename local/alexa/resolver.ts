import { withoutCarrierWords } from './carrier-words';
import { type DynamicEntityType, dynamicCatalogs, staticCatalogs } from './entities';
import { type InteractionModel, languageOf } from './model';
import {
  type CompiledSample,
  compileModelSamples,
  compileSample,
  matchSample,
  type SampleMatch,
} from './samples';
import type { FillingContext } from './slot-filling';
import { buildSlot, type SimSlot } from './slots';
import { phraseKeys, splitWords, type Word } from './words';

/** What else shapes how an utterance is heard. */
export interface ResolveContext {
  /** The slot the skill asked for with Dialog.ElicitSlot: a bare answer fills it. */
  elicitSlot?: { intent: string; slot: string };
  /** Dynamic entities the skill set for the session (Dialog.UpdateDynamicEntities). */
  dynamicEntities?: readonly DynamicEntityType[];
  /** Used in entity resolution authorities. */
  skillId?: string;
  /** Custom types where any single written word is a fair value. Default: NAME_TYPES. */
  openTypes?: readonly string[];
}

/** The intent an utterance maps to, with the slots it filled (unfilled slots are left out). */
export interface ResolvedUtterance {
  intent: string;
  slots: Record<string, SimSlot>;
}

export const FALLBACK_INTENT = 'AMAZON.FallbackIntent';

/** This skill's slot types that hold people's names (interaction-models' `nameTypes`). */
export const NAME_TYPES: readonly string[] = ['PlayerName', 'Scorer'];
const DEFAULT_SKILL_ID = 'amzn1.ask.skill.simulated';

const compiledByModel = new WeakMap<InteractionModel, CompiledSample[]>();
const vocabularyByModel = new WeakMap<InteractionModel, Set<string>>();

/**
 * The request words of the model: every literal word of its samples, less the words of its
 * slot values (a colour said where a name belongs is still heard there, for the skill to answer).
 */
function vocabulary(model: InteractionModel): Set<string> {
  let words = vocabularyByModel.get(model);
  if (!words) {
    const valueWords = new Set(
      (model.interactionModel.languageModel.types ?? []).flatMap((type) =>
        type.values.flatMap((value) =>
          [value.name.value, ...(value.name.synonyms ?? [])].flatMap(phraseKeys),
        ),
      ),
    );
    words = new Set(
      modelSamples(model).flatMap((sample) => sample.literals.filter((key) => !valueWords.has(key))),
    );
    vocabularyByModel.set(model, words);
  }
  return words;
}

function modelSamples(model: InteractionModel): CompiledSample[] {
  let samples = compiledByModel.get(model);
  if (!samples) {
    samples = compileModelSamples(model, languageOf(model.locale));
    compiledByModel.set(model, samples);
  }
  return samples;
}

function elicitationSamples(
  model: InteractionModel,
  target: { intent: string; slot: string },
): CompiledSample[] {
  const intent = model.interactionModel.languageModel.intents.find(
    (candidate) => candidate.name === target.intent,
  );
  const slot = intent?.slots?.find((candidate) => candidate.name === target.slot);
  if (!intent || !slot) return [];
  const slotTypes = new Map((intent.slots ?? []).map((candidate) => [candidate.name, candidate.type]));
  const bare = `{${slot.name}}`;
  const samples = (slot.samples ?? []).includes(bare)
    ? (slot.samples ?? [])
    : [bare, ...(slot.samples ?? [])];
  return samples.map((sample) => compileSample(intent.name, sample, slotTypes, true));
}

/**
 * Resolves typed words to an intent the way Alexa would from speech: every sample is tried from
 * end to end; the match with the most literal words wins, then the one whose slots resolve best.
 * Nothing matches: AMAZON.FallbackIntent.
 */
export function resolveUtterance(
  model: InteractionModel,
  text: string,
  context: ResolveContext = {},
): ResolvedUtterance {
  const words = splitWords(text);
  const dynamicValues = dynamicCatalogs(context.dynamicEntities ?? []);
  const filling: FillingContext = {
    language: languageOf(model.locale),
    staticValues: staticCatalogs(model),
    dynamicValues,
    openTypes: new Set(context.openTypes ?? NAME_TYPES),
    vocabulary: vocabulary(model),
  };
  const candidates = [
    ...(context.elicitSlot ? elicitationSamples(model, context.elicitSlot) : []),
    ...modelSamples(model),
  ];
  const bestMatch = (said: readonly Word[]): SampleMatch | undefined => {
    let best: SampleMatch | undefined;
    for (const sample of candidates) {
      const match = said.length > 0 ? matchSample(sample, said, filling) : undefined;
      if (match && (!best || match.score > best.score)) best = match;
    }
    return best;
  };
  const carried = withoutCarrierWords(words, filling.language);
  const best = bestMatch(words) ?? (carried.length < words.length ? bestMatch(carried) : undefined);
  if (!best) return { intent: FALLBACK_INTENT, slots: {} };

  const customTypes = new Set(filling.staticValues.keys());
  const slots: Record<string, SimSlot> = {};
  for (const [name, fill] of best.fills) {
    const type = best.sample.parts.find((part) => part.kind === 'slot' && part.name === name);
    const slotType = type?.kind === 'slot' ? type.type : '';
    slots[name] = buildSlot(name, slotType, fill, {
      skillId: context.skillId ?? DEFAULT_SKILL_ID,
      customType: customTypes.has(slotType),
      hasDynamicEntities: dynamicValues.has(slotType),
    });
  }
  return { intent: best.sample.intent, slots };
}
