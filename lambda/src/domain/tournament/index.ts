export {
  type BracketColumn,
  type BracketMatch,
  type BracketSide,
  bracketView,
} from './bracket-view';
export {
  addEntrant,
  createTournament,
  DEFAULT_TOURNAMENT_TARGET,
  type NewTournament,
  removeEntrant,
} from './entrants';
export {
  InvalidLivesError,
  InvalidPlayoffError,
  InvalidSwissRoundsError,
  KnockoutStageDrawnError,
} from './format-errors';
export { DEFAULT_LIVES, MAX_LIVES } from './last-man-standing';
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
export { drawsPartners } from './roster';
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
  PlayoffSize,
  RoundStage,
  Tournament,
  TournamentFormat,
  TournamentMatch,
  TournamentMatchState,
  TournamentMatchView,
  TournamentRound,
  TournamentSettings,
  TournamentStatus,
} from './types';
