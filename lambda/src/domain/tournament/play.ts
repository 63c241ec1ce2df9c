import {
  NothingToForfeitError,
  PlayerNotInTournamentError,
  RoundNotFinishedError,
  TournamentMatchNotInPlayError,
  TournamentMovedOnError,
} from '../errors';
import type { MatchResult } from '../match/result';
import type { MatchRules, TeamColor } from '../match/types';
import {
  assertNotOver,
  assertRunning,
  currentRoundIndex,
  entrantOf,
  matchView,
  sameName,
  sidePlayers,
} from './roster';
import { settleRound } from './settle';
import type { Tournament, TournamentMatch, TournamentMatchView } from './types';

/** Rules for every match of the tournament. */
export function tournamentMatchRules(t: Tournament): MatchRules {
  return { target: t.settings.target, winBy: 1, bestOf: t.settings.bestOf };
}

function nextPendingIndex(t: Tournament): number {
  return t.rounds[currentRoundIndex(t)]?.matches.findIndex((match) => match.state === 'pending') ?? -1;
}

/**
 * "What's the next match?": the next match of the current round not yet started (first named
 * is red). Undefined when the round's last matches are all in play: the next round is drawn
 * once they are done.
 */
export function nextMatch(t: Tournament): TournamentMatchView | undefined {
  assertRunning(t);
  const index = nextPendingIndex(t);
  return index === -1 ? undefined : matchView(t, currentRoundIndex(t), index);
}

/** Marks the next match in play as table match `matchId` (start that match with `nextMatch(t).teams`). */
export function startNextMatch(t: Tournament, matchId: string): Tournament {
  assertRunning(t);
  if (t.rounds.some((round) => round.matches.some((match) => match.matchId === matchId))) {
    throw new Error(`Match id ${matchId} is already used in this tournament`);
  }
  const index = nextPendingIndex(t);
  if (index === -1) throw new RoundNotFinishedError();
  const next = structuredClone(t);
  const match = next.rounds[currentRoundIndex(next)]?.matches[index];
  if (match) Object.assign(match, { state: 'in_play', matchId });
  return next;
}

function findByMatchId(t: Tournament, matchId: string): TournamentMatch | undefined {
  for (const round of t.rounds) {
    const match = round.matches.find((candidate) => candidate.matchId === matchId);
    if (match) return match;
  }
  return undefined;
}

const sameSide = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((name) => b.some((other) => sameName(name, other)));

/**
 * Records a finished table match into the tournament match started with its id, crediting
 * each player of the winning side, then settles the round. Teams that swapped colours at the
 * table are matched by name. Recording the same result again changes nothing.
 */
export function recordResult(t: Tournament, result: MatchResult): Tournament {
  const recorded = findByMatchId(t, result.id);
  if (recorded?.state === 'played') return t;
  assertRunning(t);
  if (recorded?.state !== 'in_play') throw new TournamentMatchNotInPlayError(result.id);
  const red = sidePlayers(t, recorded.red);
  const blue = sidePlayers(t, recorded.blue);
  let swapped: boolean;
  if (sameSide(red, result.teams.red) && sameSide(blue, result.teams.blue)) swapped = false;
  else if (sameSide(red, result.teams.blue) && sameSide(blue, result.teams.red)) swapped = true;
  else throw new Error(`Match ${result.id} was not played by the tournament's teams`);
  const flip = (color: TeamColor): TeamColor => (swapped ? (color === 'red' ? 'blue' : 'red') : color);

  const next = structuredClone(t);
  const match = findByMatchId(next, result.id);
  if (!match) throw new TournamentMatchNotInPlayError(result.id);
  match.state = 'played';
  match.winner = flip(result.winner);
  match.goals = { red: result.goals[flip('red')], blue: result.goals[flip('blue')] };
  settleRound(next);
  return next;
}

/**
 * Takes back the result recorded for table match `matchId` (its finishing goal was undone,
 * or a late goal gave it to the other side): the match is in play again, and what its result
 * settled is unsettled (a knockout's or Monster DYP's next round, drawn but not started, is
 * withdrawn; a finished tournament runs again). A match not recorded, or settled by a
 * forfeit, changes nothing.
 * @throws TournamentMovedOnError when a match drawn after it has started or been played.
 */
export function unrecordResult(t: Tournament, matchId: string): Tournament {
  const roundIndex = t.rounds.findIndex((round) => round.matches.some((match) => match.matchId === matchId));
  const recorded = findByMatchId(t, matchId);
  if (recorded?.state !== 'played' || recorded.forfeit || t.status === 'abandoned') return t;
  const next = structuredClone(t);
  // Rounds drawn from results: every round but a round robin's schedule.
  const drawnLater = next.rounds
    .map((round, index) => ({ round, index }))
    .filter(
      ({ round, index }) =>
        index > roundIndex && (next.format !== 'round_robin' || round.stage === 'playoff'),
    );
  const started = drawnLater.some(({ round }) =>
    round.matches.some((match) => match.state === 'in_play' || match.state === 'played'),
  );
  if (started) throw new TournamentMovedOnError(matchId);
  const firstDrawn = drawnLater[0];
  if (firstDrawn) next.rounds.splice(firstDrawn.index);
  if (!next.rounds.some((round) => round.stage === 'playoff')) delete next.qualifiers;
  const match = findByMatchId(next, matchId);
  if (!match) return t;
  match.state = 'in_play';
  delete match.winner;
  delete match.goals;
  next.status = 'running';
  return next;
}

/**
 * "Bob déclare forfait": Bob's side loses the match they are playing, or else their next
 * match of the round, by walkover. It is recorded as the smallest real win: target × games
 * needed to 0 (5–0 at the default settings).
 */
export function recordForfeit(t: Tournament, player: string): Tournament {
  assertRunning(t);
  const entrant = entrantOf(t, player);
  if (entrant === -1) throw new PlayerNotInTournamentError(player);
  const next = structuredClone(t);
  const matches = next.rounds[currentRoundIndex(next)]?.matches ?? [];
  const involved = (match: TournamentMatch) => match.red.includes(entrant) || match.blue.includes(entrant);
  const match =
    matches.find((candidate) => candidate.state === 'in_play' && involved(candidate)) ??
    matches.find((candidate) => candidate.state === 'pending' && involved(candidate));
  if (!match) throw new NothingToForfeitError(player);
  const winner: TeamColor = match.red.includes(entrant) ? 'blue' : 'red';
  const walkover = next.settings.target * Math.ceil(next.settings.bestOf / 2);
  Object.assign(match, {
    state: 'played',
    winner,
    forfeit: true,
    goals: winner === 'red' ? { red: walkover, blue: 0 } : { red: 0, blue: walkover },
  });
  settleRound(next);
  return next;
}

/** Stops the tournament for good; its results so far stay readable. */
export function abandonTournament(t: Tournament): Tournament {
  assertNotOver(t);
  return { ...structuredClone(t), status: 'abandoned' };
}
