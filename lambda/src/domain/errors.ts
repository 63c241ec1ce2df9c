/**
 * One error class per failure a player can hit. The skill maps each one to speech in one
 * place (`skill/speak-error.ts`); anything else is an internal error and is never spoken.
 */
export abstract class BabyfootError extends Error {
  /** Stable key, used to pick the spoken message. */
  abstract readonly code: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class NoMatchRunningError extends BabyfootError {
  readonly code = 'noMatchRunning';
  constructor() {
    super('No match is running on this table');
  }
}

export class MatchAlreadyRunningError extends BabyfootError {
  readonly code = 'matchAlreadyRunning';
  constructor() {
    super('A match is already running on this table');
  }
}

export class MatchPausedError extends BabyfootError {
  readonly code = 'matchPaused';
  constructor() {
    super('The match is paused');
  }
}

export class MatchNotPausedError extends BabyfootError {
  readonly code = 'matchNotPaused';
  constructor() {
    super('The match is not paused');
  }
}

export class MatchAlreadyPausedError extends BabyfootError {
  readonly code = 'matchAlreadyPaused';
  constructor() {
    super('The match is already paused');
  }
}

export class NothingToUndoError extends BabyfootError {
  readonly code = 'nothingToUndo';
  constructor() {
    super('No goal to undo');
  }
}

export class SamePlayerOnBothTeamsError extends BabyfootError {
  readonly code = 'samePlayerOnBothTeams';
  constructor(readonly player: string) {
    super(`${player} cannot play on both teams`);
  }
}

export class DuplicatePlayerError extends BabyfootError {
  readonly code = 'duplicatePlayer';
  constructor(readonly player: string) {
    super(`${player} is named twice`);
  }
}

export class WrongTeamSizeError extends BabyfootError {
  readonly code = 'wrongTeamSize';
  constructor(
    readonly mode: 'singles' | 'doubles',
    readonly playersNamed: number,
  ) {
    super(`A ${mode} match needs ${mode === 'singles' ? 2 : 4} players, ${playersNamed} named`);
  }
}

export class PlayerNotInMatchError extends BabyfootError {
  readonly code = 'playerNotInMatch';
  constructor(readonly player: string) {
    super(`${player} is not playing in this match`);
  }
}

export class InvalidRulesError extends BabyfootError {
  readonly code = 'invalidRules';
  constructor(readonly reason: 'target' | 'bestOf' | 'winBy' | 'belowScore') {
    super(`Invalid rules: ${reason}`);
  }
}

export class PlayedGameRulesError extends BabyfootError {
  readonly code = 'playedGameRules';
  constructor() {
    super('New rules cannot re-open a game already won');
  }
}

export class NoTableLinkedError extends BabyfootError {
  readonly code = 'noTableLinked';
  constructor() {
    super('This Echo device drives no table');
  }
}

export class TooFewEntrantsError extends BabyfootError {
  readonly code = 'tooFewEntrants';
  constructor(
    readonly minimumPlayers: number,
    readonly players: number,
  ) {
    super(`A tournament needs at least ${minimumPlayers} players, ${players} entered`);
  }
}

export class TooManyEntrantsError extends BabyfootError {
  readonly code = 'tooManyEntrants';
  constructor(readonly maximum: number) {
    super(`A tournament takes at most ${maximum} entrants`);
  }
}

export class OddPlayerCountError extends BabyfootError {
  readonly code = 'oddPlayerCount';
  constructor(readonly players: number) {
    super(`Fixed doubles need an even number of players, ${players} entered`);
  }
}

export class TournamentAlreadyStartedError extends BabyfootError {
  readonly code = 'tournamentAlreadyStarted';
  constructor() {
    super('The tournament has already started');
  }
}

export class TournamentNotStartedError extends BabyfootError {
  readonly code = 'tournamentNotStarted';
  constructor() {
    super('The tournament has not started yet');
  }
}

export class TournamentOverError extends BabyfootError {
  readonly code = 'tournamentOver';
  constructor(readonly status: 'finished' | 'abandoned') {
    super(`The tournament is ${status}`);
  }
}

export class TournamentMatchNotInPlayError extends BabyfootError {
  readonly code = 'tournamentMatchNotInPlay';
  constructor(readonly matchId: string) {
    super(`Match ${matchId} is not a tournament match in play`);
  }
}

/** A result can no longer be taken back: the tournament drew and started matches after it. */
export class TournamentMovedOnError extends BabyfootError {
  readonly code = 'tournamentMovedOn';
  constructor(readonly matchId: string) {
    super(`The tournament started matches after match ${matchId}`);
  }
}

export class PlayerNotInTournamentError extends BabyfootError {
  readonly code = 'playerNotInTournament';
  constructor(readonly player: string) {
    super(`${player} is not in the tournament`);
  }
}

export class PlayerHasMatchToPlayError extends BabyfootError {
  readonly code = 'playerHasMatchToPlay';
  constructor(readonly player: string) {
    super(`${player} still has a match to play in this round`);
  }
}

export class NothingToForfeitError extends BabyfootError {
  readonly code = 'nothingToForfeit';
  constructor(readonly player: string) {
    super(`${player} has no match left to forfeit in this round`);
  }
}

export class RoundNotFinishedError extends BabyfootError {
  readonly code = 'roundNotFinished';
  constructor() {
    super("The round's last matches are still being played");
  }
}

export class InvalidRoundCountError extends BabyfootError {
  readonly code = 'invalidRoundCount';
  constructor(readonly rounds: number) {
    super(`A Monster DYP is played over 1 to 50 rounds, not ${rounds}`);
  }
}

export class UnknownPlayerError extends BabyfootError {
  readonly code = 'unknownPlayer';
  constructor(
    readonly player: string,
    /** Known names that sound closest, nearest first (possibly none). */
    readonly nearest: readonly string[],
  ) {
    super(`No player called ${player}`);
  }
}

export class NoTournamentError extends BabyfootError {
  readonly code = 'noTournament';
  constructor() {
    super('This account has no tournament');
  }
}

export class TournamentUnderWayError extends BabyfootError {
  readonly code = 'tournamentUnderWay';
  constructor(readonly status: 'registering' | 'running') {
    super(`A tournament is already ${status === 'registering' ? 'taking entrants' : 'running'}`);
  }
}

export class NoMatchInPeriodError extends BabyfootError {
  readonly code = 'noMatchInPeriod';
  constructor(
    readonly player: string,
    /** The period asked about, in which the player (known all time) played no match. */
    readonly period: 'week' | 'month' | 'season' | 'lastSeason',
  ) {
    super(`${player} played no match in the period asked (${period})`);
  }
}

/** A team colour said where a player's name belongs ("les stats des rouges", "add red"). */
export class TeamColourNotPlayerError extends BabyfootError {
  readonly code = 'teamColourNotPlayer';
  constructor(readonly team: 'red' | 'blue') {
    super(`${team} is a team colour, not a player`);
  }
}

/** A correction named a match the league's last finished matches do not hold. */
export class NoSuchMatchError extends BabyfootError {
  readonly code = 'noSuchMatch';
  constructor(
    /** 1 for the last match, 2 for the one before…; undefined when asked by players. */
    readonly position: number | undefined,
    /** The players the match was asked by, if any. */
    readonly players: readonly string[] = [],
  ) {
    super(
      position === undefined
        ? `No recent match between ${players.join(' and ')}`
        : `The league has no finished match number ${position} from the last`,
    );
  }
}

/** A corrected score that no match under its rules ends on ("10 to 10", "4 to 2" to 10). */
export class ImpossibleScoreError extends BabyfootError {
  readonly code = 'impossibleScore';
  constructor(
    readonly winnerGoals: number,
    readonly loserGoals: number,
    readonly target: number,
    /** The match was played over several games: only its winner or a deletion can be said. */
    readonly severalGames = false,
  ) {
    super(`A match to ${target} cannot end ${winnerGoals} to ${loserGoals}`);
  }
}

/** The corrected result is the result already recorded. */
export class NothingToCorrectError extends BabyfootError {
  readonly code = 'nothingToCorrect';
  constructor() {
    super('The match already has that result');
  }
}

/** Two names of one match cannot be one player. */
export class PlayedTogetherError extends BabyfootError {
  readonly code = 'playedTogether';
  constructor(
    readonly alias: string,
    readonly player: string,
  ) {
    super(`${alias} and ${player} played in the same match: they are two people`);
  }
}

/** A new season asked for when the current one has no match yet. */
export class SeasonEmptyError extends BabyfootError {
  readonly code = 'seasonEmpty';
  constructor(readonly season: number) {
    super(`Season ${season} has no match yet`);
  }
}

/** "Last season" asked about before any season was closed. */
export class NoClosedSeasonError extends BabyfootError {
  readonly code = 'noClosedSeason';
  constructor() {
    super('No season has been closed yet');
  }
}

/** "Add this table to our league" refused: why. */
export class TableLeagueMoveError extends BabyfootError {
  readonly code = 'tableLeagueMove';
  constructor(readonly reason: 'already' | 'noOtherLeague' | 'hasMatches' | 'matchRunning') {
    super(`The table cannot join the league: ${reason}`);
  }
}
