import { randomBytes } from 'node:crypto';
import type { BridgeLog } from '../log';
import type { TableConnection } from '../mqtt/table-connection';
import type { TableTopics } from '../mqtt/topics';
import {
  deltaSchema,
  getAcceptedSchema,
  parsePayload,
  shadowErrorSchema,
  updateAcceptedSchema,
} from './shadow-messages';
import {
  deletionsOf,
  isShadowState,
  mergeShadowState,
  replacingUpdate,
  type ShadowState,
} from './shadow-state';
import { ShadowVersions } from './shadow-versions';

/**
 * Called with the full desired state each time it changes; `changed` holds what changed
 * (the whole state after a get, when `full` is true).
 */
export type DesiredListener = (desired: ShadowState, changed: ShadowState, full: boolean) => void;

/**
 * Keeps the table's copy of the classic shadow's `state.desired` and reports what the
 * table shows. Gets the whole document on every connection, merges deltas into it, and
 * gets it again when a delta cannot be trusted to be complete.
 */
export class ShadowSync {
  private desired: ShadowState = {};
  /** What the shadow holds in `state.reported`, as far as the table knows. */
  private reported: ShadowState = {};
  private ready = false;
  private wantedReport: ShadowState | undefined;
  /** The client token of the last report sent, and whether the shadow accepted it. */
  private lastReport: { token: string; accepted: boolean } | undefined;
  private readonly versions = new ShadowVersions();
  private readonly tokenPrefix = `bridge-${randomBytes(4).toString('hex')}`;
  private tokenCount = 0;
  private readonly listeners: DesiredListener[] = [];

  constructor(
    private readonly connection: TableConnection,
    private readonly topics: TableTopics,
    private readonly log: BridgeLog,
  ) {
    connection.onMessage((topic, payload) => this.receive(topic, payload));
  }

  /** Topics to subscribe to on every connection. */
  subscriptions(): string[] {
    const t = this.topics;
    return [
      t.shadowUpdateDelta,
      t.shadowGetAccepted,
      t.shadowGetRejected,
      t.shadowUpdateAccepted,
      t.shadowUpdateRejected,
    ];
  }

  onDesired(listener: DesiredListener): void {
    this.listeners.push(listener);
  }

  /** Asks for the whole document (answered on get/accepted or get/rejected). */
  requestDocument(): void {
    this.connection.publish(this.topics.shadowGet, JSON.stringify({ clientToken: this.nextToken() }), 0);
  }

  /** Sets `state.reported` to `next` (removing keys it no longer has) once the document is known. */
  report(next: ShadowState): void {
    this.wantedReport = next;
    if (!this.ready || !this.connection.isConnected()) return;
    if (JSON.stringify(next) === JSON.stringify(this.reported)) return;
    const update = replacingUpdate(this.reported, next);
    this.reported = next;
    const clientToken = this.nextToken();
    this.lastReport = { token: clientToken, accepted: false };
    this.connection.publish(
      this.topics.shadowUpdate,
      JSON.stringify({ state: { reported: update }, clientToken }),
      1,
    );
  }

  /** True once the shadow accepted the last `report` (what the backend reads is what the table said). */
  reportAccepted(): boolean {
    if (!this.ready || this.wantedReport === undefined) return false;
    if (JSON.stringify(this.wantedReport) !== JSON.stringify(this.reported)) return false;
    return this.lastReport === undefined || this.lastReport.accepted;
  }

  /** Call on each new connection, after subscribing. */
  connected(): void {
    this.ready = false;
    this.requestDocument();
  }

  private receive(topic: string, payload: Buffer): void {
    const t = this.topics;
    if (topic === t.shadowGetAccepted) this.fullDocument(payload);
    else if (topic === t.shadowGetRejected) this.getRejected(payload);
    else if (topic === t.shadowUpdateDelta) this.delta(payload);
    else if (topic === t.shadowUpdateAccepted) this.updateAccepted(payload);
    else if (topic === t.shadowUpdateRejected) this.updateRejected(payload);
  }

  private fullDocument(payload: Buffer): void {
    const document = parsePayload(getAcceptedSchema, payload);
    if (!document) {
      this.log.warn('unreadable shadow document ignored');
      return;
    }
    if (!this.versions.fullDocument(document.version)) return;
    this.desired = document.state.desired ?? {};
    this.reported = reportedByTheTable(document.state.reported ?? {});
    this.becomeReady(this.desired);
  }

  private getRejected(payload: Buffer): void {
    const error = parsePayload(shadowErrorSchema, payload);
    if (error?.code !== 404) {
      this.log.warn('shadow get rejected', { code: error?.code, message: error?.message });
      return;
    }
    // No shadow yet: nothing is desired; the first report creates it.
    this.desired = {};
    this.reported = {};
    this.becomeReady({});
  }

  private delta(payload: Buffer): void {
    const delta = parsePayload(deltaSchema, payload);
    if (!delta) {
      this.log.warn('unreadable shadow delta ignored');
      return;
    }
    const verdict = this.versions.delta(delta.version);
    if (verdict === 'stale') return;
    if (olderRevision(delta.state, this.desired)) {
      // The backend numbers its match states (`revision`): an older one arriving after a newer
      // one was written late, and merging it would take the table back in time.
      this.log.info('older desired state ignored', {
        revision: delta.state.revision,
        shown: this.desired.revision,
      });
      return;
    }
    this.desired = mergeShadowState(this.desired, delta.state);
    this.notify(delta.state, false);
    // A delta never carries the keys that desired lost (a null only deletes), so when the
    // match changes identity or status (a new match, an undone win) get the whole document.
    if (verdict === 'gap' || startsOver(delta.state)) this.requestDocument();
  }

  private updateAccepted(payload: Buffer): void {
    const accepted = parsePayload(updateAcceptedSchema, payload);
    if (!accepted) return;
    if (accepted.clientToken?.startsWith(this.tokenPrefix)) {
      this.versions.ownReportAccepted(accepted.version);
      if (accepted.clientToken === this.lastReport?.token) this.lastReport.accepted = true;
      return;
    }
    // A delta never says that a desired key was deleted (the backend clearing a used pairing
    // code): only the accepted update does. Applied unless a later delta was already applied.
    const desired = accepted.state?.desired;
    const deletions = desired ? deletionsOf(desired) : undefined;
    const current = this.versions.current();
    if (!this.ready || !deletions || current === undefined || accepted.version < current) return;
    this.desired = mergeShadowState(this.desired, deletions);
    this.notify(deletions, false);
  }

  private updateRejected(payload: Buffer): void {
    const error = parsePayload(shadowErrorSchema, payload);
    if (!error?.clientToken?.startsWith(this.tokenPrefix)) return;
    this.log.warn('shadow report rejected', { code: error.code, message: error.message });
    // Our idea of `reported` may be wrong now: start again from the document.
    this.ready = false;
    this.requestDocument();
  }

  private becomeReady(changed: ShadowState): void {
    this.ready = true;
    this.notify(changed, true);
    if (this.wantedReport) this.report(this.wantedReport);
  }

  private notify(changed: ShadowState, full: boolean): void {
    for (const listener of this.listeners) listener(this.desired, changed, full);
  }

  private nextToken(): string {
    this.tokenCount += 1;
    return `${this.tokenPrefix}-${this.tokenCount}`;
  }
}

/**
 * The keys of `state.reported` that the table writes. Others belong to other writers (the
 * presence rule's `connected`, `connectedAt`, `disconnectedAt`): a report never deletes them.
 */
export const TABLE_REPORTED_KEYS: readonly string[] = ['match', 'revision', 'sensors', 'pairing'];

function reportedByTheTable(reported: ShadowState): ShadowState {
  return Object.fromEntries(Object.entries(reported).filter(([key]) => TABLE_REPORTED_KEYS.includes(key)));
}

function startsOver(changed: ShadowState): boolean {
  const match = changed.match;
  return isShadowState(match) && ('id' in match || 'status' in match);
}

function olderRevision(changed: ShadowState, desired: ShadowState): boolean {
  return (
    typeof changed.revision === 'number' &&
    typeof desired.revision === 'number' &&
    changed.revision < desired.revision
  );
}
