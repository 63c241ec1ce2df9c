import type { MatchResult } from '../match/result';
import { otherTeam } from '../match/teams';
import type { TeamColor } from '../match/types';
import { playerKey } from './names';
import { defaultRating, rateMatch } from './ratings';
import { pairKey } from './roster';
import type {
  AccountStats,
  CountedResultBefore,
  ModeTotals,
  PeriodId,
  PlayerTotals,
  ShotRecord,
} from './types';

/** How many result ids a document remembers to refuse a replay (about 2.6 KB of ids). */
export const REMEMBERED_RESULT_IDS = 64;

/**
 * How many of the last results a document can take back exactly (an undone finishing goal,
 * a late goal that changes a winner): about 1.5 KB each before compression. Older ones are
 * taken back by a recount from the history.
 */
export const JOURNAL_LENGTH = 20;

function emptyModeTotals(): ModeTotals {
  return { played: 0, won: 0, goalsFor: 0, goalsAgainst: 0, fannysGiven: 0, fannysTaken: 0 };
}

/** A document for a period in which no match was counted yet. */
export function emptyStats(period: PeriodId): AccountStats {
  return {
    formatVersion: 1,
    period,
    matches: 0,
    lastFinishedAt: 0,
    recentResultIds: [],
    players: [],
    partners: {},
    rivalries: {},
  };
}

/** Index of a player, added to the roster on their first match. */
function enrol(draft: AccountStats, name: string): number {
  const key = playerKey(name);
  const index = draft.players.findIndex((player) => player.key === key);
  if (index >= 0) return index;
  draft.players.push({
    key,
    name: name.trim(),
    singles: emptyModeTotals(),
    doubles: emptyModeTotals(),
    goalsCredited: 0,
    currentStreak: 0,
    longestStreak: 0,
    ratings: structuredClone(draft.carriedRatings?.[key]) ?? { all: defaultRating() },
    lastPlayedAt: 0,
  });
  return draft.players.length - 1;
}

function playerAt(draft: AccountStats, index: number): PlayerTotals {
  const player = draft.players[index];
  if (player === undefined) throw new Error(`No player at index ${index}`);
  return player;
}

function countSide(draft: AccountStats, result: MatchResult, side: number[], color: TeamColor): void {
  const other = otherTeam(color);
  const won = result.winner === color;
  for (const index of side) {
    const player = playerAt(draft, index);
    const totals = player[result.mode];
    totals.played += 1;
    totals.goalsFor += result.goals[color];
    totals.goalsAgainst += result.goals[other];
    if (won) {
      totals.won += 1;
      if (result.fanny) totals.fannysGiven += 1;
      player.currentStreak += 1;
      player.longestStreak = Math.max(player.longestStreak, player.currentStreak);
    } else {
      if (result.fanny) totals.fannysTaken += 1;
      player.currentStreak = 0;
    }
    player.lastPlayedAt = Math.max(player.lastPlayedAt, result.finishedAt);
  }
  for (const key of teammateKeys(side)) {
    const partners = draft.partners[key] ?? { played: 0, won: 0 };
    draft.partners[key] = { played: partners.played + 1, won: partners.won + (won ? 1 : 0) };
  }
}

/** The `partners` keys of every two players of one side. */
function teammateKeys(side: readonly number[]): string[] {
  return side.flatMap((first, i) => side.slice(i + 1).map((second) => pairKey(first, second)));
}

/** Every red player with every blue one: the `rivalries` pairs of a match. */
function opponents(red: readonly number[], blue: readonly number[]): Array<[number, number]> {
  return red.flatMap((redIndex) => blue.map((blueIndex): [number, number] => [redIndex, blueIndex]));
}

function countRivalries(draft: AccountStats, result: MatchResult, red: number[], blue: number[]): void {
  for (const [redIndex, blueIndex] of opponents(red, blue)) {
    const key = pairKey(redIndex, blueIndex);
    const rivalry = draft.rivalries[key] ?? { firstWins: 0, secondWins: 0, firstGoals: 0, secondGoals: 0 };
    const first: TeamColor = redIndex < blueIndex ? 'red' : 'blue';
    const second = otherTeam(first);
    draft.rivalries[key] = {
      firstWins: rivalry.firstWins + (result.winner === first ? 1 : 0),
      secondWins: rivalry.secondWins + (result.winner === second ? 1 : 0),
      firstGoals: rivalry.firstGoals + result.goals[first],
      secondGoals: rivalry.secondGoals + result.goals[second],
    };
  }
}

function countCreditedGoals(draft: AccountStats, result: MatchResult, inMatch: number[]): void {
  for (const [scorer, goals] of Object.entries(result.scorers)) {
    const key = playerKey(scorer);
    const index = inMatch.find((candidate) => playerAt(draft, candidate).key === key);
    // A goal credited to someone not at the table cannot be theirs: it is left out.
    if (index !== undefined) playerAt(draft, index).goalsCredited += goals;
  }
}

/** Each known shooter's fastest timed goal, kept when it beats the player's own best. */
function countShotsBy(draft: AccountStats, result: MatchResult, side: Record<TeamColor, number[]>): void {
  for (const shot of result.fastestShotsBy ?? []) {
    const name = result.teams[shot.team][shot.player];
    const key = name === undefined ? undefined : playerKey(name);
    const index = side[shot.team].find((candidate) => playerAt(draft, candidate).key === key);
    if (index === undefined) continue;
    const player = playerAt(draft, index);
    player.fastestShotKmh = Math.max(player.fastestShotKmh ?? 0, shot.speedKmh);
  }
}

/**
 * The period's fastest shot, when this result's beats it (a tie keeps the older one).
 * @returns the record it replaced (null: there was none), or undefined when it stands.
 */
function countFastestShot(draft: AccountStats, result: MatchResult): ShotRecord | null | undefined {
  const shot = result.fastestShot;
  if (shot === undefined) return undefined;
  const standing = draft.fastestShot;
  if (standing !== undefined && shot.speedKmh <= standing.speedKmh) return undefined;
  const players = [...result.teams[shot.team]];
  const scorer = shot.player === undefined ? undefined : players[shot.player];
  draft.fastestShot = {
    speedKmh: shot.speedKmh,
    team: shot.team,
    players,
    ...(scorer === undefined ? {} : { scorer }),
    resultId: result.id,
    finishedAt: result.finishedAt,
  };
  return standing ?? null;
}

function rateTrack(
  draft: AccountStats,
  track: 'all' | 'singles' | 'doubles',
  winners: number[],
  losers: number[],
) {
  const ratingOf = (index: number) => playerAt(draft, index).ratings[track] ?? defaultRating();
  const [winnersAfter, losersAfter] = rateMatch(winners.map(ratingOf), losers.map(ratingOf));
  winners.forEach((index, i) => {
    playerAt(draft, index).ratings[track] = winnersAfter[i] ?? ratingOf(index);
  });
  losers.forEach((index, i) => {
    playerAt(draft, index).ratings[track] = losersAfter[i] ?? ratingOf(index);
  });
}

/** What the result is about to change, as it is now (`red`, `blue`: the players' indexes). */
function before(
  draft: AccountStats,
  playerCount: number,
  red: number[],
  blue: number[],
): Omit<CountedResultBefore, 'forgottenResultIds'> {
  const players: Record<string, PlayerTotals> = {};
  for (const index of [...red, ...blue]) {
    if (index < playerCount) players[index] = structuredClone(playerAt(draft, index));
  }
  const partners: CountedResultBefore['partners'] = {};
  for (const key of [...teammateKeys(red), ...teammateKeys(blue)]) {
    partners[key] = draft.partners[key] === undefined ? null : { ...draft.partners[key] };
  }
  const rivalries: CountedResultBefore['rivalries'] = {};
  for (const [redIndex, blueIndex] of opponents(red, blue)) {
    const key = pairKey(redIndex, blueIndex);
    rivalries[key] = draft.rivalries[key] === undefined ? null : { ...draft.rivalries[key] };
  }
  return {
    matches: draft.matches,
    lastFinishedAt: draft.lastFinishedAt,
    playerCount,
    players,
    partners,
    rivalries,
  };
}

/**
 * Counts one result into a document that the caller owns (mutated in place: `applyResult`
 * hands it a copy, `rebuildStats` a document of its own), and journals what it changed.
 * Does not check for replays.
 */
export function countResult(draft: AccountStats, result: MatchResult): void {
  const playerCount = draft.players.length;
  const side = (color: TeamColor) => [...new Set(result.teams[color].map((name) => enrol(draft, name)))];
  const red = side('red');
  const blue = side('blue');
  const overwritten = before(draft, playerCount, red, blue);
  countSide(draft, result, red, 'red');
  countSide(draft, result, blue, 'blue');
  countRivalries(draft, result, red, blue);
  countCreditedGoals(draft, result, [...red, ...blue]);
  countShotsBy(draft, result, { red, blue });
  const beatenShot = countFastestShot(draft, result);
  const [winners, losers] = result.winner === 'red' ? [red, blue] : [blue, red];
  rateTrack(draft, 'all', winners, losers);
  rateTrack(draft, result.mode, winners, losers);
  draft.matches += 1;
  draft.lastFinishedAt = Math.max(draft.lastFinishedAt, result.finishedAt);
  draft.recentResultIds.push(result.id);
  const forgottenResultIds = draft.recentResultIds.splice(
    0,
    Math.max(0, draft.recentResultIds.length - REMEMBERED_RESULT_IDS),
  );
  const journal = [
    ...(draft.journal ?? []),
    {
      result: structuredClone(result),
      before: {
        ...overwritten,
        forgottenResultIds,
        ...(beatenShot === undefined ? {} : { fastestShot: beatenShot }),
      },
    },
  ];
  draft.journal = journal.slice(-JOURNAL_LENGTH);
}
