import type { Match, Teams } from '../match/types';
import { playerKey } from '../stats/names';

/** The challengers waiting for the table, first in line first: one player (singles) or two (doubles). */
export type ChallengerQueue = readonly (readonly string[])[];

export type QueueOutcome =
  | { kind: 'queued'; queue: ChallengerQueue; position: number }
  /** Someone named is playing the match on the table: the winners stay anyway. */
  | { kind: 'onTable'; name: string }
  | { kind: 'alreadyQueued'; name: string }
  /** Challengers come alone or in pairs, each name once. */
  | { kind: 'wrongSize'; count: number };

const same = (a: string, b: string) => playerKey(a) === playerKey(b);

/** The challengers at the back of the queue, unless one of them is on the table or already waiting. */
export function joinQueue(
  queue: ChallengerQueue,
  names: readonly string[],
  onTable: readonly string[],
): QueueOutcome {
  const distinct = names.filter(
    (name, index) => !names.slice(0, index).some((earlier) => same(earlier, name)),
  );
  if (distinct.length !== names.length || names.length < 1 || names.length > 2)
    return { kind: 'wrongSize', count: names.length };
  const playing = names.find((name) => onTable.some((player) => same(player, name)));
  if (playing !== undefined) return { kind: 'onTable', name: playing };
  const waiting = names.find((name) => queue.some((entry) => entry.some((player) => same(player, name))));
  if (waiting !== undefined) return { kind: 'alreadyQueued', name: waiting };
  return { kind: 'queued', queue: [...queue, [...names]], position: queue.length + 1 };
}

/** The queue without that player (a pair keeps its other player); `removed` is false when nobody matched. */
export function leaveQueue(
  queue: ChallengerQueue,
  name: string,
): { queue: ChallengerQueue; removed: boolean } {
  const next = queue
    .map((entry) => entry.filter((player) => !same(player, name)))
    .filter((entry) => entry.length > 0);
  const removed = next.flat().length < queue.flat().length;
  return { queue: next, removed };
}

/**
 * Who plays after a finished match: the winners stay (on red) against the first challengers of
 * their size (singles winners meet a single challenger, a pair a pair); undefined when nobody
 * of that size waits or the match is not won.
 */
export function nextChallenge(
  finished: Match | undefined,
  queue: ChallengerQueue,
): { teams: Teams; queue: ChallengerQueue } | undefined {
  if (finished?.status !== 'finished' || finished.winner === undefined) return undefined;
  const winners = finished.teams[finished.winner];
  const at = queue.findIndex((entry) => entry.length === winners.length);
  const challengers = queue[at];
  if (challengers === undefined) return undefined;
  return {
    teams: { red: [...winners], blue: [...challengers] },
    queue: queue.filter((_, index) => index !== at),
  };
}
