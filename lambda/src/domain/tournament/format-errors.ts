import { BabyfootError } from '../errors';

/** Lives asked for a last man standing outside 1..MAX_LIVES. */
export class InvalidLivesError extends BabyfootError {
  readonly code = 'invalidLives';
  constructor(
    readonly lives: number,
    readonly maximum: number,
  ) {
    super(`A last man standing gives 1 to ${maximum} lives, not ${lives}`);
  }
}

/** Swiss rounds outside 1..maximum (at most one round per possible opponent). */
export class InvalidSwissRoundsError extends BabyfootError {
  readonly code = 'invalidSwissRounds';
  constructor(
    readonly rounds: number,
    readonly maximum: number,
  ) {
    super(`This Swiss is played over 1 to ${maximum} rounds, not ${rounds}`);
  }
}

/** A knockout after the group stage takes the best 4 or 8, of a round robin or a Monster DYP. */
export class InvalidPlayoffError extends BabyfootError {
  readonly code = 'invalidPlayoff';
  constructor(readonly qualifiers: number | undefined) {
    super(`A knockout stage takes the best 4 or 8 of a round robin or Monster DYP, not ${qualifiers}`);
  }
}

/** A Monster DYP's roster is locked once its knockout stage is drawn: no one joins or leaves. */
export class KnockoutStageDrawnError extends BabyfootError {
  readonly code = 'knockoutStageDrawn';
  constructor() {
    super("The knockout stage is drawn: the tournament's players can no longer change");
  }
}
