export {
  addEntrant,
  createTournament,
  DEFAULT_TOURNAMENT_TARGET,
  type NewTournament,
  removeEntrant,
} from './entrants';
export {
  abandonTournament,
  nextMatch,
  recordForfeit,
  recordResult,
  startNextMatch,
  tournamentMatchRules,
  unrecordResult,
} from './play';
export { type PodiumPlace, podium } from './podium';
export { progress, type TournamentProgress } from './progress';
export { matchToReplay, replayMatch } from './replay';
export { tournamentSchema } from './schema';
export { setTournamentRules, type TournamentRulesChange } from './settings';
export {
  type KnockoutStandings,
  POINTS_PER_WIN,
  type StandingRow,
  type Standings,
  standings,
  type TableStandings,
} from './standings';
export { type StartOptions, startTournament } from './start';
export type {
  Entrant,
  Tournament,
  TournamentFormat,
  TournamentMatch,
  TournamentMatchState,
  TournamentMatchView,
  TournamentRound,
  TournamentSettings,
  TournamentStatus,
} from './types';
