import type { BridgeLog } from '../log';
import type { FileOutbox } from './file-outbox';
import type { GoalEvent } from './goal-event';

/** The part of an MQTT connection the outbox needs. */
export interface AckedPublisher {
  isConnected(): boolean;
  /** Publishes at QoS 1; resolves when the broker's PUBACK arrives, rejects if it never will. */
  publishAcked(topic: string, payload: string): Promise<void>;
}

/**
 * Sends the outbox's goals: each new goal once it is on disk, and every pending goal again
 * (same eventId) on each (re)connection, until its PUBACK removes it.
 */
export class OutboxSender {
  /** Goals published on the current connection, by eventId, with the attempt that sent them. */
  private readonly inFlight = new Map<string, symbol>();

  constructor(
    private readonly outbox: FileOutbox,
    private readonly topic: string,
    private readonly publisher: AckedPublisher,
    private readonly log: BridgeLog,
    private readonly pendingChanged: () => void,
  ) {}

  /** Stores the goal durably, then publishes it if the broker is reachable. */
  async send(goal: GoalEvent): Promise<void> {
    await this.outbox.add(goal);
    this.pendingChanged();
    if (this.publisher.isConnected()) this.publish(goal);
  }

  /** Call on every connection: anything sent before may have died with the last one. */
  resendPending(): void {
    this.inFlight.clear();
    for (const goal of this.outbox.pending()) this.publish(goal);
  }

  private publish(goal: GoalEvent): void {
    if (this.inFlight.has(goal.eventId)) return;
    const attempt = Symbol(goal.eventId);
    this.inFlight.set(goal.eventId, attempt);
    this.publisher
      .publishAcked(this.topic, JSON.stringify(goal))
      .then(async () => {
        await this.outbox.remove(goal.eventId);
        this.log.info('goal acknowledged', { eventId: goal.eventId, team: goal.team });
        this.pendingChanged();
      })
      .catch((error: unknown) => {
        this.log.warn('goal not acknowledged yet, kept in outbox', {
          eventId: goal.eventId,
          error: String(error),
        });
      })
      .finally(() => {
        if (this.inFlight.get(goal.eventId) === attempt) this.inFlight.delete(goal.eventId);
      });
  }
}
