import type { HandlerInput } from 'ask-sdk-core';
import type { IntentRequest, Slot } from 'ask-sdk-model';
import { TeamColourNotPlayerError } from '../domain/errors';

function slotOf(input: HandlerInput, name: string): Slot | undefined {
  const request = input.requestEnvelope.request;
  if (request.type !== 'IntentRequest') return undefined;
  return request.intent.slots?.[name];
}

/** The intent of an IntentRequest. */
export function intentOf(input: HandlerInput): IntentRequest['intent'] | undefined {
  const request = input.requestEnvelope.request;
  return request.type === 'IntentRequest' ? request.intent : undefined;
}

/** What the player said for a slot, trimmed; undefined when empty or "?" (Alexa's "heard nothing"). */
export function slotText(input: HandlerInput, name: string): string | undefined {
  const value = slotOf(input, name)?.value?.trim();
  return value && value !== '?' ? value : undefined;
}

/** The entity a slot resolved to (static values first, then dynamic entities). */
export function slotEntity(input: HandlerInput, name: string): { id: string; name: string } | undefined {
  for (const authority of slotOf(input, name)?.resolutions?.resolutionsPerAuthority ?? []) {
    const value = authority.values?.[0]?.value;
    if (authority.status.code === 'ER_SUCCESS_MATCH' && value) return { id: value.id, name: value.name };
  }
  return undefined;
}

/**
 * A resolved slot id, only when it is one of the expected ids. A raw value equal to an id also
 * counts: the skill itself fills slots that way when it hands an intent back to Alexa in a dialog.
 */
export function slotChoice<T extends string>(
  input: HandlerInput,
  name: string,
  ids: readonly T[],
): T | undefined {
  const id = slotEntity(input, name)?.id ?? slotText(input, name)?.toLowerCase();
  return ids.find((candidate) => candidate === id);
}

/** An AMAZON.NUMBER slot as an integer. */
export function slotNumber(input: HandlerInput, name: string): number | undefined {
  const text = slotText(input, name);
  if (text === undefined || !/^-?\d+$/.test(text)) return undefined;
  return Number.parseInt(text, 10);
}

/**
 * A player's name as it should be spoken back: the known spelling when the name resolved to an
 * entity (dynamic entities hold the account's players), else what Alexa heard, capitalised.
 */
export function slotPlayerName(input: HandlerInput, name: string): string | undefined {
  const entity = slotEntity(input, name);
  if (entity) return entity.name;
  const text = slotText(input, name);
  if (!text) return undefined;
  return text.replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

// Colour words in both languages: a scorer slot that holds one (even in a form the model does
// not list, "the red guys") names a team, never a player.
const TEAM_WORDS: Record<string, 'red' | 'blue'> = {
  red: 'red',
  reds: 'red',
  rouge: 'red',
  rouges: 'red',
  blue: 'blue',
  blues: 'blue',
  bleu: 'blue',
  bleus: 'blue',
  bleue: 'blue',
  bleues: 'blue',
};

/** The team a phrase names by its colour ("les rouges", "l'équipe bleue", "team red"). */
export function teamNamedIn(text: string): 'red' | 'blue' | undefined {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/);
  const teams = new Set(words.flatMap((word) => TEAM_WORDS[word] ?? []));
  return teams.size === 1 ? [...teams][0] : undefined;
}

/** Who scored: a team (any colour form) or a player's name, from one slot that takes both. */
export type Scorer = { team: 'red' | 'blue'; player?: undefined } | { team?: undefined; player: string };

export function slotScorer(input: HandlerInput, name: string): Scorer | undefined {
  const id = slotEntity(input, name)?.id ?? slotText(input, name)?.toLowerCase();
  if (id === 'red' || id === 'blue') return { team: id };
  const heard = slotText(input, name);
  const team = heard === undefined ? undefined : teamNamedIn(heard);
  if (team) return { team };
  const player = slotPlayerName(input, name);
  return player ? { player } : undefined;
}

/**
 * A player's name where only a player fits (stats, tournament entrants): a team colour heard
 * there is refused with its own answer instead of being looked up as an unknown player.
 * @throws TeamColourNotPlayerError
 */
export function slotPlayerOnly(input: HandlerInput, name: string): string | undefined {
  const player = slotPlayerName(input, name);
  const team = player === undefined ? undefined : teamNamedIn(player);
  if (team) throw new TeamColourNotPlayerError(team);
  return player;
}
