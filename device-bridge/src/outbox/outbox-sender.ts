import type { BridgeLog } from '../log';
import type { FileOutbox } from './file-outbox';
import type { GoalEvent, NewGoal } from './goal-event';

/** The part of an MQTT connection the outbox needs. */
export interface AckedPublisher {
  isConnected(): boolean;
  /** Publishes at QoS 1; resolves when the broker's PUBACK arrives, rejects if it never will. */
  publishAcked(topic: string, payload: string): Promise<void>;
}

/**
 * Sends the outbox's goals in seq order, one at a time: a goal is published only once the
 * previous one's PUBACK removed it, so the broker never holds two of the table's goals
 * unacknowledged, and they reach it in the order they were scored. A goal without a PUBACK
 * stays first in line and is sent again (same eventId, same seq) on the next connection.
 */
export class OutboxSender {
  /** A drain loop is running: it alone publishes. */
  private draining = false;
  /** Something happened during the drain (a new goal, a new connection): look again after it. */
  private drainAgain = false;

  constructor(
    private readonly outbox: FileOutbox,
    private readonly topic: string,
    private readonly publisher: AckedPublisher,
    private readonly log: BridgeLog,
    private readonly pendingChanged: () => void,
  ) {}

  /** Stores the goal durably (it gets its seq), then sends it after any goal before it. */
  async send(goal: NewGoal): Promise<GoalEvent> {
    const stored = await this.outbox.add(goal);
    this.log.info('goal stored', { eventId: stored.eventId, seq: stored.seq });
    this.pendingChanged();
    this.drain();
    return stored;
  }

  /** Call on every connection: whatever was in flight may have died with the last one. */
  resendPending(): void {
    this.drain();
  }

  private drain(): void {
    if (this.draining) {
      this.drainAgain = true;
      return;
    }
    this.draining = true;
    this.drainAgain = false;
    this.sendInOrder()
      .catch((error: unknown) => {
        // The goal stays in the outbox: the next connection or goal sends it again.
        this.log.error('outbox could not be updated', { error: String(error) });
      })
      .finally(() => {
        this.draining = false;
        if (this.drainAgain) this.drain();
      });
  }

  private async sendInOrder(): Promise<void> {
    for (let goal = this.outbox.nextToSend(); goal; goal = this.outbox.nextToSend()) {
      if (!this.publisher.isConnected() || !(await this.publishOne(goal))) return;
      await this.outbox.remove(goal.eventId);
      this.log.info('goal acknowledged', { eventId: goal.eventId, seq: goal.seq, team: goal.team });
      this.pendingChanged();
    }
  }

  /** True once the PUBACK arrived. */
  private async publishOne(goal: GoalEvent): Promise<boolean> {
    try {
      await this.publisher.publishAcked(this.topic, JSON.stringify(goal));
      return true;
    } catch (error) {
      this.log.warn('goal not acknowledged yet, kept in outbox', {
        eventId: goal.eventId,
        seq: goal.seq,
        error: String(error),
      });
      return false;
    }
  }
}
