import { DuplicatePlayerError, SamePlayerOnBothTeamsError, WrongTeamSizeError } from '../errors';
import { assertValidRules } from './rules';
import { sameName } from './teams';
import type { Match, MatchMode, MatchRules, Teams } from './types';

/** What starting a match needs: the first team named plays red. */
export interface StartMatchRequest {
  id: string;
  teams: Teams;
  rules: MatchRules;
  /** Epoch ms. */
  at: number;
}

/**
 * A new match at 0-0. One player a side is singles, two a side doubles.
 * @throws WrongTeamSizeError for any other line-up.
 * @throws DuplicatePlayerError when a name is given twice on one team.
 * @throws SamePlayerOnBothTeamsError when a player is on both teams.
 * @throws InvalidRulesError when the rules are out of range.
 */
export function startMatch(request: StartMatchRequest): Match {
  const teams: Teams = { red: cleanNames(request.teams.red), blue: cleanNames(request.teams.blue) };
  const mode = modeOf(teams);
  for (const team of [teams.red, teams.blue]) {
    const twice = team.find((name, index) => team.slice(0, index).some((earlier) => sameName(earlier, name)));
    if (twice !== undefined) throw new DuplicatePlayerError(twice);
  }
  const onBoth = teams.blue.find((name) => teams.red.some((red) => sameName(red, name)));
  if (onBoth !== undefined) throw new SamePlayerOnBothTeamsError(onBoth);
  assertValidRules(request.rules);
  return {
    id: request.id,
    status: 'in_progress',
    mode,
    teams,
    rules: request.rules,
    goals: [],
    games: [],
    score: { red: 0, blue: 0 },
    gamesWon: { red: 0, blue: 0 },
    seenEventIds: [],
    startedAt: request.at,
  };
}

function cleanNames(names: readonly string[]): string[] {
  return names.map((name) => name.trim().replace(/\s+/g, ' ')).filter((name) => name !== '');
}

function modeOf(teams: Teams): MatchMode {
  const red = teams.red.length;
  const blue = teams.blue.length;
  if (red === 1 && blue === 1) return 'singles';
  if (red === 2 && blue === 2) return 'doubles';
  // Say which match the players seem to want: more than two names means doubles.
  throw new WrongTeamSizeError(red + blue > 2 ? 'doubles' : 'singles', red + blue);
}
