import type { ConnectionState, TableView } from './display/table-view';
import { tablePhase } from './display/table-view';
import type { SensorsHealth } from './sensors/goal-detector';
import type { ShadowMatch, ShadowPairing } from './shadow/shadow-match';
import type { TeamColor } from './team';

const NOTICE_MS = 4000;

/**
 * How long a goal the table celebrated keeps showing while the shadow has not counted it.
 * Without it, any shadow update that arrives first (the previous goal's, a voice change)
 * would take the goal off the display until its own update arrives: a flicker.
 */
export const CONFIRM_WINDOW_MS = 3000;

/** A goal shown before the cloud counted it: the team's score the table expects once it has. */
interface OptimisticGoal {
  team: TeamColor;
  matchId: string;
  expected: number;
  at: number;
}

/**
 * What the table knows and shows: the match confirmed by the shadow, the goals it
 * celebrated before the cloud answered, the pairing code, and a passing notice.
 */
export class TableState {
  connection: ConnectionState = 'connecting';
  /** The match as the shadow's desired state last described it. */
  confirmed: ShadowMatch | undefined;
  /** The backend's revision of that match (its live version), when the shadow gives one. */
  revision: number | undefined;
  pairing: ShadowPairing | undefined;
  sensors: SensorsHealth = { red: 'ok', blue: 'ok' };
  pendingGoals = 0;
  private optimistic: OptimisticGoal[] = [];
  private notice: { text: string; until: number } | undefined;

  constructor(
    private readonly thingName: string,
    private readonly now: () => number,
  ) {}

  /**
   * The shadow described the match: that confirms or corrects what the table showed. A goal
   * still shown is kept while the shadow's score has not reached it, within the confirm
   * window, and only while the same match is in progress.
   */
  matchConfirmed(match: ShadowMatch | undefined, revision?: number): void {
    this.confirmed = match;
    this.revision = revision;
    this.optimistic = this.optimistic.filter(
      (goal) =>
        match?.status === 'in_progress' &&
        match.id === goal.matchId &&
        match.score[goal.team] < goal.expected &&
        this.now() - goal.at < CONFIRM_WINDOW_MS,
    );
  }

  /** A goal sent to the cloud: shown at once, before the shadow confirms it. */
  goalCelebrated(team: TeamColor): void {
    const shown = this.shownScore();
    if (this.confirmed && shown) {
      this.optimistic.push({ team, matchId: this.confirmed.id, expected: shown[team] + 1, at: this.now() });
    }
    this.say(`GOAL for ${team.toUpperCase()}!`);
  }

  say(text: string): void {
    this.notice = { text, until: this.now() + NOTICE_MS };
  }

  /** True when a notice or an unconfirmed goal just ran out (the view changed with time alone). */
  expireNotice(): boolean {
    const goals = this.optimistic.length;
    this.optimistic = this.optimistic.filter((goal) => this.now() - goal.at < CONFIRM_WINDOW_MS);
    const goalsExpired = this.optimistic.length !== goals;
    if (!this.notice || this.notice.until > this.now()) return goalsExpired;
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
    const score = this.shownScore();
    const match = shown && score && { ...shown, score };
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

  /** The confirmed score, raised to what the goals not confirmed yet make it. */
  private shownScore(): { red: number; blue: number } | undefined {
    if (!this.confirmed) return undefined;
    const score = { ...this.confirmed.score };
    for (const goal of this.optimistic) score[goal.team] = Math.max(score[goal.team], goal.expected);
    return score;
  }
}
