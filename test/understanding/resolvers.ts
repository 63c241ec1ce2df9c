import { readFileSync } from 'node:fs';
import { toCardinal as englishCardinal } from 'n2words/en-US';
import { toCardinal as frenchCardinal } from 'n2words/fr-FR';
import { SlotValue } from 'virtual-alexa/lib/src/impl/SlotValue.js';
import { InteractionModel as VirtualModel } from 'virtual-alexa/lib/src/model/InteractionModel.js';
import { Utterance } from 'virtual-core';
import {
  FALLBACK_INTENT,
  type InteractionModel,
  languageOf,
  loadInteractionModel,
  modelPath,
  NAME_TYPES,
  parseFourDigits,
  parseInvocation,
  phraseKeys,
  resolveUtterance,
  type SimSlot,
  withoutCarrierText,
} from '../../local/alexa';

/** What a resolver heard: the intent and each filled slot as one string (id, name or digits). */
export interface Heard {
  intent: string;
  slots: Record<string, string>;
}

/** Turns what a person says (possibly a one-shot with the invocation name) into an intent. */
export interface PhraseResolver {
  name: string;
  hear(text: string): Heard;
}

export const LAUNCH = 'LaunchRequest';

/** The inner request of a one-shot ("ask baby foot to …"), as Alexa hands it to the model. */
function request(model: InteractionModel, text: string): string | undefined {
  const { invocationName } = model.interactionModel.languageModel;
  const invocation = parseInvocation(text, invocationName, languageOf(model.locale));
  return invocation.kind === 'launch' ? undefined : invocation.utterance;
}

function slotText(slot: SimSlot): string {
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    const value = authority.values?.[0]?.value;
    if (authority.status.code === 'ER_SUCCESS_MATCH' && value) return value.id;
  }
  return slot.value;
}

/** The console's resolver (local/alexa), on the generated model of the locale. */
export function projectResolver(locale: string): PhraseResolver {
  const model = loadInteractionModel(locale);
  return {
    name: 'console',
    hear(text) {
      const utterance = request(model, text);
      if (utterance === undefined) return { intent: LAUNCH, slots: {} };
      const resolved = resolveUtterance(model, utterance, { openTypes: NAME_TYPES });
      const slots = Object.fromEntries(
        Object.entries(resolved.slots).map(([name, slot]) => [name, slotText(slot)]),
      );
      return { intent: resolved.intent, slots };
    },
  };
}

/**
 * How a transcript reaches virtual-alexa. Its utterance cleaner deletes hyphens (so "Jean-Pierre"
 * would become "JeanPierre", which no speech recogniser writes): they become spaces. Its sample
 * matcher needs a space on each side of a slot, so a name or a team colour glued to an apostrophe
 * ("Bob's", "red's", "d'Alice") is written as two tokens, the way a tokenizer splits a clitic
 * ("Bob 's", "d' Alice").
 */
function asTranscript(text: string): string {
  return text
    .replace(/[’‘]/g, "'")
    .replace(/(\p{L})-(?=\p{L})/gu, '$1 ')
    .replace(/(\p{Lu}\p{L}*|\b(?:red|blue|reds|blues))'s\b/gu, "$1 's")
    .replace(/\b([dDlL]|[qQ]u)'(?=\p{Lu})/gu, "$1' ")
    .replace(/[!?.,;:"«»]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const NUMBER_WORDS_UP_TO = 1000;

/** Number words from n2words, written as a transcript writes them (no hyphens). */
function numberWords(language: string, value: number): string[] {
  const words = (language === 'fr' ? frenchCardinal(value) : englishCardinal(value)).replace(/-/g, ' ');
  if (language === 'fr' && value === 1) return [words, 'une'];
  // "a hundred" as often as "one hundred".
  return language === 'en' && words.startsWith('one ') ? [words, words.replace(/^one /, 'a ')] : [words];
}

/**
 * virtual-alexa's AMAZON.NUMBER knows "one" to "twenty" in English only; Alexa reads numbers in
 * every language it serves. Its number type gets the words n2words writes for 0 to 1000.
 */
function teachNumbers(model: VirtualModel, language: string): void {
  const type = model.slotTypes.slotType('AMAZON.NUMBER');
  const byId = new Map(type.values.map((value) => [value.id ?? value.name.value, value]));
  for (let value = 0; value <= NUMBER_WORDS_UP_TO; value += 1) {
    const id = String(value);
    const known = byId.get(id);
    const words = numberWords(language, value);
    if (known) known.name.synonyms = [...new Set([...(known.name.synonyms ?? []), ...words])];
    else type.values.push({ id, builtin: true, name: { value: id, synonyms: words } });
  }
}

/**
 * virtual-alexa's resolver (virtual-core's Utterance, on virtual-alexa's reading of the model with
 * its built-in types and intents), a third party's independent idea of what the model understands.
 */
export function virtualAlexaResolver(locale: string): PhraseResolver {
  const model = loadInteractionModel(locale);
  const language = languageOf(locale);
  const virtual = VirtualModel.fromJSON(JSON.parse(readFileSync(modelPath(locale), 'utf8')));
  teachNumbers(virtual, language);
  const context = { interactionModel: () => virtual, applicationID: () => 'amzn1.ask.skill.corpus' };
  const numberType = virtual.slotTypes.slotType('AMAZON.NUMBER');

  const slotValue = (intent: string, name: string, raw: string): string => {
    const type = virtual.intentSchema.intent(intent).slotForName(name)?.type ?? '';
    if (type === 'AMAZON.NUMBER') return numberType.matchAll(raw)[0]?.enumeratedValue?.id ?? raw;
    if (type === 'AMAZON.FOUR_DIGIT_NUMBER') return parseFourDigits(phraseKeys(raw), language) ?? raw;
    const slot = new SlotValue(name, raw);
    slot.setEntityResolution(context, intent);
    const match = slot.resolutions?.resolutionsPerAuthority.find((a) => a.status.code === 'ER_SUCCESS_MATCH');
    return match?.values[0]?.value.id ?? raw;
  };

  return {
    name: 'virtual-alexa',
    hear(text) {
      const utterance = request(model, text);
      if (utterance === undefined) return { intent: LAUNCH, slots: {} };
      // The same second chance the console's resolver gives: without the carrier words at the edges.
      const first = new Utterance(virtual, asTranscript(utterance));
      const heard = first.matched()
        ? first
        : new Utterance(virtual, asTranscript(withoutCarrierText(utterance, language)));
      if (!heard.matched()) return { intent: FALLBACK_INTENT, slots: {} };
      const intent = heard.intent();
      const raw: Record<string, unknown> = heard.toJSON();
      const slots: Record<string, string> = {};
      for (const [name, value] of Object.entries(raw)) {
        if (typeof value === 'string' && value.trim() !== '')
          slots[name] = slotValue(intent, name, value.trim());
      }
      return { intent, slots };
    },
  };
}
