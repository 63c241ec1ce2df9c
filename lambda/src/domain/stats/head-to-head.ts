import { DuplicatePlayerError } from '../errors';
import { pairKey, requirePlayerIndex } from './roster';
import type { AccountStats } from './types';

export interface HeadToHeadSide {
  name: string;
  wins: number;
  /** Goals of this player's team in their matches against each other. */
  goals: number;
}

/** Two players' record in the matches where they were on opposite teams. */
export interface HeadToHead {
  /** 0 when they never played against each other. */
  played: number;
  first: HeadToHeadSide;
  second: HeadToHeadSide;
}

/**
 * How two players did against each other (singles, and doubles where they were opponents),
 * in the order they were asked about.
 * @throws UnknownPlayerError for the first name with no match in this document.
 * @throws DuplicatePlayerError when both names designate the same player.
 */
export function headToHead(stats: AccountStats, a: string, b: string): HeadToHead {
  const first = requirePlayerIndex(stats, a);
  const second = requirePlayerIndex(stats, b);
  const firstName = stats.players[first]?.name ?? a;
  const secondName = stats.players[second]?.name ?? b;
  if (first === second) throw new DuplicatePlayerError(firstName);
  const rivalry = stats.rivalries[pairKey(first, second)] ?? {
    firstWins: 0,
    secondWins: 0,
    firstGoals: 0,
    secondGoals: 0,
  };
  // The document keeps the lower index first; the answer keeps the order asked.
  const inOrder = first < second;
  return {
    played: rivalry.firstWins + rivalry.secondWins,
    first: {
      name: firstName,
      wins: inOrder ? rivalry.firstWins : rivalry.secondWins,
      goals: inOrder ? rivalry.firstGoals : rivalry.secondGoals,
    },
    second: {
      name: secondName,
      wins: inOrder ? rivalry.secondWins : rivalry.firstWins,
      goals: inOrder ? rivalry.secondGoals : rivalry.firstGoals,
    },
  };
}
