import { invocationNameProblems } from './invocation-name';
import type { InteractionModelDocument, ModelIntent, ModelType } from './model-types';

export const REQUIRED_BUILT_IN_INTENTS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
];

/** Alexa's published interaction model limits ("Create the Interaction Model for Your Skill"). */
export const ALEXA_LIMITS = {
  intents: 250,
  sampleCharacters: 200,
  slotValueCharacters: 140,
  slotValuesAndSynonyms: 50_000,
} as const;

/**
 * This project's own ceilings, so an over-eager template shows up at once: samples per intent and
 * per locale, and the model's size as JSON (the Skill Management API's model definition was
 * capped at 1,000,000 characters; this stays under it).
 */
export const MAX_SAMPLES_PER_INTENT = 4000;
export const MAX_SAMPLES_PER_LOCALE = 20_000;
export const MAX_MODEL_CHARACTERS = 1_000_000;

export interface ValidationOptions {
  language: string;
  /** Custom types whose values are people's names: Alexa fills them with any name, listed or not. */
  nameTypes?: readonly string[];
}

// Alexa sample rules: words (letters of any script), spaces, apostrophes, periods of spoken
// initialisms, hyphens; numbers spelled out; slots in braces.
const SAMPLE_TEXT = /^[\p{L}' .-]+$/u;
const SLOT_REFERENCE = /\{([^{}]*)\}/g;

function sampleProblems(sample: string, slotNames: Set<string>): string[] {
  const problems: string[] = [];
  const used = [...sample.matchAll(SLOT_REFERENCE)].map((match) => match[1] ?? '');
  for (const slot of used) if (!slotNames.has(slot)) problems.push(`unknown slot {${slot}}`);
  if (new Set(used).size !== used.length) problems.push('a slot used twice');
  if (/\}\s*\{/.test(sample)) problems.push('two slots side by side');
  const text = sample.replace(SLOT_REFERENCE, 'x');
  if (!SAMPLE_TEXT.test(text)) problems.push('characters Alexa refuses (digits, punctuation)');
  if (sample.length > ALEXA_LIMITS.sampleCharacters)
    problems.push(`longer than ${ALEXA_LIMITS.sampleCharacters} characters`);
  return problems;
}

/** Lowercase, accents folded, single spaces: how two phrasings are compared. */
function spoken(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A sample with each slot replaced by its type, to find samples two intents would fight over. */
function signature(sample: string, slotTypes: ReadonlyMap<string, string>): string {
  return spoken(sample.replace(SLOT_REFERENCE, (_, slot: string) => `{${slotTypes.get(slot) ?? slot}}`));
}

/** Every spoken form of each custom type (values and synonyms), folded. */
function spokenValues(types: readonly ModelType[]): Map<string, Set<string>> {
  return new Map(
    types.map((type) => [
      type.name,
      new Set(type.values.flatMap((value) => [value.name.value, ...(value.name.synonyms ?? [])].map(spoken))),
    ]),
  );
}

interface Placed {
  intent: string;
  sample: string;
  /** Slot types in the order the slots appear. */
  types: string[];
}

/** Can the same words fill a slot of type `a` and one of type `b`? */
function overlapping(a: string, b: string, values: Map<string, Set<string>>, names: Set<string>): boolean {
  if (a === b) return true;
  if (names.has(a) || names.has(b)) return !a.startsWith('AMAZON.') && !b.startsWith('AMAZON.');
  const first = values.get(a);
  const second = values.get(b);
  if (!first || !second) return false;
  for (const value of first) if (second.has(value)) return true;
  return false;
}

/**
 * Samples of different intents that the same words could match: the same words with a slot
 * where the other has a slot of a type that can take the same words ("goal for {player}" and
 * "goal for {team}"), or a literal that is a value of the slot's type ("start a {mode} match"
 * and "start a doubles match").
 */
function collisionProblems(
  intents: readonly ModelIntent[],
  values: Map<string, Set<string>>,
  names: Set<string>,
): string[] {
  const problems: string[] = [];
  const bySkeleton = new Map<string, Placed[]>();
  const literalOwners = new Map<string, Placed>();
  for (const intent of intents) {
    const slotTypes = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
    for (const sample of intent.samples) {
      const types = [...sample.matchAll(SLOT_REFERENCE)].map((match) => slotTypes.get(match[1] ?? '') ?? '');
      const placed = { intent: intent.name, sample, types };
      const skeleton = spoken(sample.replace(SLOT_REFERENCE, '{}'));
      bySkeleton.set(skeleton, [...(bySkeleton.get(skeleton) ?? []), placed]);
      if (types.length === 0) literalOwners.set(skeleton, placed);
    }
  }
  for (const group of bySkeleton.values()) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        const a = group[i];
        const b = group[j];
        // The same types in the same places are reported as one sample of two intents.
        if (!a || !b || a.intent === b.intent || a.types.join() === b.types.join()) continue;
        if (a.types.every((type, index) => overlapping(type, b.types[index] ?? '', values, names)))
          problems.push(
            `"${a.sample}" (${a.intent}) and "${b.sample}" (${b.intent}) can hear the same words`,
          );
      }
    }
  }
  for (const intent of intents) {
    const slotTypes = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
    for (const sample of intent.samples) {
      const slots = [...sample.matchAll(SLOT_REFERENCE)].map((match) => match[1] ?? '');
      if (slots.length !== 1) continue;
      const type = slotTypes.get(slots[0] ?? '') ?? '';
      for (const value of values.get(type) ?? []) {
        const said = spoken(sample.replace(SLOT_REFERENCE, value));
        const owner = literalOwners.get(said);
        if (owner && owner.intent !== intent.name)
          problems.push(
            `"${sample}" (${intent.name}) with "${value}" is "${owner.sample}" (${owner.intent})`,
          );
      }
    }
  }
  return problems;
}

/** Two custom types of one intent that share a spoken value: Alexa cannot tell which slot it fills. */
function sharedValueProblems(intent: ModelIntent, values: Map<string, Set<string>>): string[] {
  const types = [...new Set((intent.slots ?? []).map((slot) => slot.type))].filter((type) =>
    values.has(type),
  );
  const problems: string[] = [];
  for (let i = 0; i < types.length; i += 1) {
    for (let j = i + 1; j < types.length; j += 1) {
      const first = values.get(types[i] ?? '') ?? new Set<string>();
      const second = values.get(types[j] ?? '') ?? new Set<string>();
      const shared = [...first].filter((value) => second.has(value));
      if (shared.length > 0)
        problems.push(`${intent.name}: ${types[i]} and ${types[j]} both hold "${shared.join('", "')}"`);
    }
  }
  return problems;
}

function typeProblems(types: readonly ModelType[]): string[] {
  const problems: string[] = [];
  let total = 0;
  for (const type of types) {
    for (const value of type.values) {
      for (const said of [value.name.value, ...(value.name.synonyms ?? [])]) {
        total += 1;
        if (said.length > ALEXA_LIMITS.slotValueCharacters)
          problems.push(`${type.name} "${said}": longer than ${ALEXA_LIMITS.slotValueCharacters} characters`);
      }
    }
  }
  if (total > ALEXA_LIMITS.slotValuesAndSynonyms)
    problems.push(`${total} slot values and synonyms (Alexa takes ${ALEXA_LIMITS.slotValuesAndSynonyms})`);
  return problems;
}

/** Everything wrong with one locale's model; empty when it is fit to deploy. */
export function interactionModelProblems(
  document: InteractionModelDocument,
  options: ValidationOptions,
): string[] {
  const { invocationName, intents, types } = document.interactionModel.languageModel;
  const problems = invocationNameProblems(invocationName, options.language).map(
    (rule) => `invocation name: ${rule}`,
  );
  const names = new Set(intents.map((intent) => intent.name));
  for (const required of REQUIRED_BUILT_IN_INTENTS) {
    if (!names.has(required)) problems.push(`missing built-in intent ${required}`);
  }
  if (intents.length > ALEXA_LIMITS.intents)
    problems.push(`${intents.length} intents (Alexa takes ${ALEXA_LIMITS.intents})`);
  problems.push(...typeProblems(types));
  const customTypes = new Set(types.map((type) => type.name));
  const values = spokenValues(types);
  const owners = new Map<string, string>();
  let total = 0;
  for (const intent of intents) {
    const slotTypes = new Map((intent.slots ?? []).map((slot) => [slot.name, slot.type]));
    const slotNames = new Set(slotTypes.keys());
    if (!intent.name.startsWith('AMAZON.') && intent.samples.length === 0) {
      problems.push(`${intent.name} has no sample`);
    }
    if (intent.samples.length > MAX_SAMPLES_PER_INTENT) {
      problems.push(
        `${intent.name} has ${intent.samples.length} samples (at most ${MAX_SAMPLES_PER_INTENT})`,
      );
    }
    total += intent.samples.length;
    for (const sample of intent.samples) {
      for (const problem of sampleProblems(sample, slotNames))
        problems.push(`${intent.name} "${sample}": ${problem}`);
      if (sample.replace(SLOT_REFERENCE, '').trim() === '')
        problems.push(
          `${intent.name} "${sample}": only slots, so it would take words meant for other intents`,
        );
      const key = signature(sample, slotTypes);
      const owner = owners.get(key);
      if (owner && owner !== intent.name)
        problems.push(`"${sample}" is a sample of both ${owner} and ${intent.name}`);
      owners.set(key, intent.name);
    }
    problems.push(...sharedValueProblems(intent, values));
    for (const slot of intent.slots ?? []) {
      if (!slot.type.startsWith('AMAZON.') && !customTypes.has(slot.type)) {
        problems.push(`${intent.name}.${slot.name}: unknown type ${slot.type}`);
      }
      for (const sample of slot.samples ?? []) {
        const slotProblems = sampleProblems(sample, slotNames);
        if (!sample.includes(`{${slot.name}}`)) slotProblems.push(`does not hold {${slot.name}}`);
        for (const problem of slotProblems)
          problems.push(`${intent.name}.${slot.name} "${sample}": ${problem}`);
      }
    }
  }
  problems.push(...collisionProblems(intents, values, new Set(options.nameTypes ?? [])));
  if (total > MAX_SAMPLES_PER_LOCALE) problems.push(`${total} samples (at most ${MAX_SAMPLES_PER_LOCALE})`);
  const size = JSON.stringify(document).length;
  if (size > MAX_MODEL_CHARACTERS)
    problems.push(`${size} characters of JSON (at most ${MAX_MODEL_CHARACTERS})`);
  return problems;
}
