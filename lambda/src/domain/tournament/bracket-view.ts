import { knockoutRoundCount } from './knockout';
import { sidePlayers } from './roster';
import type { RoundStage, Tournament, TournamentMatch, TournamentMatchState } from './types';

/** One side of a bracket match: its players (empty while not known yet), its goals once played. */
export interface BracketSide {
  players: string[];
  goals?: number;
  /** Won the match, or went through on a bye. */
  won: boolean;
}

/** A match of a bracket: `blue` is absent for a bye; both sides empty for a match not drawn yet. */
export interface BracketMatch {
  state: TournamentMatchState | 'to_be_drawn';
  red: BracketSide;
  blue?: BracketSide;
  /** The loser forfeited. */
  forfeit?: true;
}

/** A round of the bracket, one column on a screen. */
export interface BracketColumn {
  /** 1-based, counted within the bracket (the knockout stage counts from its first round). */
  round: number;
  /** Rounds left after this one, 0 for the final; absent when the results decide it (double elimination). */
  roundsAfter?: number;
  /** Double elimination: winners', losers', grand final, reset. */
  stage?: Exclude<RoundStage, 'playoff'>;
  matches: BracketMatch[];
}

const UNKNOWN: BracketSide = { players: [], won: false };

function bracketMatch(t: Tournament, match: TournamentMatch): BracketMatch {
  const side = (indexes: number[], color: 'red' | 'blue'): BracketSide => {
    const shown: BracketSide = { players: sidePlayers(t, indexes), won: match.winner === color };
    const goals = match.goals?.[color];
    if (match.state === 'played' && goals !== undefined) shown.goals = goals;
    return shown;
  };
  const shown: BracketMatch = { state: match.state, red: side(match.red, 'red') };
  if (match.state !== 'bye') shown.blue = side(match.blue, 'blue');
  if (match.forfeit) shown.forfeit = true;
  return shown;
}

/** A knockout's rounds, drawn or not: those to come have half the matches of the one before. */
function knockoutColumns(t: Tournament, rounds: Tournament['rounds'], total: number): BracketColumn[] {
  return Array.from({ length: total }, (_, index) => {
    const drawn = rounds[index];
    const matches = drawn
      ? drawn.matches.map((match) => bracketMatch(t, match))
      : Array.from(
          { length: 2 ** (total - 1 - index) },
          (): BracketMatch => ({
            state: 'to_be_drawn',
            red: UNKNOWN,
            blue: UNKNOWN,
          }),
        );
    return { round: index + 1, roundsAfter: total - 1 - index, matches };
  });
}

/**
 * The bracket of an elimination format, round by round: a knockout (rounds to come included,
 * their sides not known yet), a double elimination (the rounds drawn so far, with their
 * bracket), or the knockout stage after a group stage (once drawn). Undefined for the formats
 * played as a table (round robin, Monster DYP, Swiss, last man standing) and before the start.
 */
export function bracketView(t: Tournament): BracketColumn[] | undefined {
  if (t.status === 'registering') return undefined;
  if (t.format === 'knockout') return knockoutColumns(t, t.rounds, knockoutRoundCount(t.entrants.length));
  if (t.qualifiers) {
    const playoff = t.rounds.filter((round) => round.stage === 'playoff');
    return knockoutColumns(t, playoff, Math.log2(Math.max(2, t.qualifiers.length)));
  }
  if (t.format !== 'double_elimination') return undefined;
  return t.rounds.map((round, index) => {
    const column: BracketColumn = {
      round: index + 1,
      matches: round.matches.map((match) => bracketMatch(t, match)),
    };
    if (round.stage && round.stage !== 'playoff') column.stage = round.stage;
    return column;
  });
}
