import type { ConnectionState, TableView } from './display/table-view';
import { tablePhase } from './display/table-view';
import type { SensorsHealth } from './sensors/goal-detector';
import type { ShadowMatch, ShadowPairing } from './shadow/shadow-match';
import type { TeamColor } from './team';

const NOTICE_MS = 4000;

/**
 * What the table knows and shows: the match confirmed by the shadow, the goals it
 * celebrated before the cloud answered, the pairing code, and a passing notice.
 */
export class TableState {
  connection: ConnectionState = 'connecting';
  /** The match as the shadow's desired state last described it. */
  confirmed: ShadowMatch | undefined;
  pairing: ShadowPairing | undefined;
  sensors: SensorsHealth = { red: 'ok', blue: 'ok' };
  pendingGoals = 0;
  private optimistic = { red: 0, blue: 0 };
  private notice: { text: string; until: number } | undefined;

  constructor(
    private readonly thingName: string,
    private readonly now: () => number,
  ) {}

  /** The shadow described the match: that confirms or corrects what the table showed. */
  matchConfirmed(match: ShadowMatch | undefined): void {
    this.confirmed = match;
    this.optimistic = { red: 0, blue: 0 };
  }

  /** A goal sent to the cloud: shown at once, before the shadow confirms it. */
  goalCelebrated(team: TeamColor): void {
    this.optimistic[team] += 1;
    this.say(`GOAL for ${team.toUpperCase()}!`);
  }

  say(text: string): void {
    this.notice = { text, until: this.now() + NOTICE_MS };
  }

  /** True when a notice just ran out (the view changed with time alone). */
  expireNotice(): boolean {
    if (!this.notice || this.notice.until > this.now()) return false;
    this.notice = undefined;
    return true;
  }

  /** The pairing code while it is valid. */
  shownPairing(): ShadowPairing | undefined {
    return this.pairing && this.pairing.expiresAt > this.now() ? this.pairing : undefined;
  }

  view(): TableView {
    // A match with status "none" is the backend saying "no match": nothing to show.
    const shown = this.confirmed?.status === 'none' ? undefined : this.confirmed;
    const match = shown && {
      ...shown,
      score: { red: shown.score.red + this.optimistic.red, blue: shown.score.blue + this.optimistic.blue },
    };
    return {
      thingName: this.thingName,
      connection: this.connection,
      phase: tablePhase(match),
      match,
      sensors: { ...this.sensors },
      pairing: this.shownPairing(),
      pendingGoals: this.pendingGoals,
      notice: this.notice && this.notice.until > this.now() ? this.notice.text : undefined,
    };
  }
}
