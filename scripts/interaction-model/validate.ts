import { invocationNameProblems } from './invocation-name';
import type { InteractionModelDocument } from './model-types';

export const REQUIRED_BUILT_IN_INTENTS = [
  'AMAZON.HelpIntent',
  'AMAZON.StopIntent',
  'AMAZON.CancelIntent',
  'AMAZON.FallbackIntent',
  'AMAZON.NavigateHomeIntent',
];

/** Self-imposed ceilings, far under what Alexa accepts, so template expansion stays reviewable. */
export const MAX_SAMPLES_PER_INTENT = 300;
export const MAX_SAMPLES_PER_LOCALE = 3000;

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
  return problems;
}

/** A sample with each slot replaced by its type, to find samples two intents would fight over. */
function signature(sample: string, slotTypes: Map<string, string>): string {
  return sample
    .toLowerCase()
    .replace(SLOT_REFERENCE, (_, slot: string) => `{${slotTypes.get(slot) ?? slot}}`)
    .replace(/\s+/g, ' ');
}

/** Everything wrong with one locale's model; empty when it is fit to deploy. */
export function interactionModelProblems(document: InteractionModelDocument, language: string): string[] {
  const { invocationName, intents, types } = document.interactionModel.languageModel;
  const problems = invocationNameProblems(invocationName, language).map((rule) => `invocation name: ${rule}`);
  const names = new Set(intents.map((intent) => intent.name));
  for (const required of REQUIRED_BUILT_IN_INTENTS) {
    if (!names.has(required)) problems.push(`missing built-in intent ${required}`);
  }
  const customTypes = new Set(types.map((type) => type.name));
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
      const key = signature(sample, slotTypes);
      const owner = owners.get(key);
      if (owner && owner !== intent.name)
        problems.push(`"${sample}" is a sample of both ${owner} and ${intent.name}`);
      owners.set(key, intent.name);
    }
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
  if (total > MAX_SAMPLES_PER_LOCALE) problems.push(`${total} samples (at most ${MAX_SAMPLES_PER_LOCALE})`);
  return problems;
}
