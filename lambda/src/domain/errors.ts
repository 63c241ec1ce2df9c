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

export class TableBusyError extends BabyfootError {
  readonly code = 'tableBusy';
  constructor() {
    super("This table's match belongs to another account");
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
