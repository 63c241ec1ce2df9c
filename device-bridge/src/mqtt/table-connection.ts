import { readFile } from 'node:fs/promises';
import mqtt, { type MqttClient } from 'mqtt';
import type { BridgeConfig } from '../config';
import type { BridgeLog } from '../log';
import type { AckedPublisher } from '../outbox/outbox-sender';
import { clientOptions, type TlsFiles } from './client-options';
import { ReconnectBackoff } from './reconnect-backoff';

/** The table's MQTT session, reconnecting with backoff until `end`. */
export interface TableConnection extends AckedPublisher {
  /** Publishes without waiting for an acknowledgement (the message may be lost offline). */
  publish(topic: string, payload: string, qos: 0 | 1): void;
  subscribe(topics: string[]): Promise<void>;
  onConnect(listener: () => void): void;
  onClose(listener: () => void): void;
  onMessage(listener: (topic: string, payload: Buffer) => void): void;
  /**
   * The broker answered CONNECT with a refusal (not authorized, bad client id…)
   * `REFUSALS_BEFORE_GIVING_UP` times in a row: retrying the same credentials will not help.
   */
  onRefused(listener: (reason: string) => void): void;
  end(): Promise<void>;
}

/** Consecutive CONNACK refusals after which the connection is reported refused (it keeps retrying). */
export const REFUSALS_BEFORE_GIVING_UP = 3;

/** Connects to the configured endpoint; resolves at once, the first connection follows. */
export async function openTableConnection(config: BridgeConfig, log: BridgeLog): Promise<TableConnection> {
  const client = mqtt.connect(config.endpoint, clientOptions(config, await readTls(config)));
  return new MqttTableConnection(
    client,
    new ReconnectBackoff(config.reconnect.minMs, config.reconnect.maxMs),
    config.ackTimeoutMs,
    log,
  );
}

async function readTls(config: BridgeConfig): Promise<TlsFiles | undefined> {
  if (!config.caPath || !config.certPath || !config.keyPath) return undefined;
  const [ca, cert, key] = await Promise.all([
    readFile(config.caPath),
    readFile(config.certPath),
    readFile(config.keyPath),
  ]);
  return { ca, cert, key };
}

class MqttTableConnection implements TableConnection {
  private ending = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  /** Rejections of publishes still waiting for their PUBACK on the current connection. */
  private readonly awaitingAck = new Set<(error: Error) => void>();
  private refusals = 0;
  private readonly refusedListeners: ((reason: string) => void)[] = [];

  constructor(
    private readonly client: MqttClient,
    private readonly backoff: ReconnectBackoff,
    private readonly ackTimeoutMs: number,
    private readonly log: BridgeLog,
  ) {
    client.on('connect', () => {
      this.refusals = 0;
      backoff.reset();
      sendAtOnce(client);
      log.info('connected to broker');
    });
    client.on('error', (error) => {
      log.warn('mqtt error', { error: error.message });
      if (!isConnackRefusal(error)) return;
      this.refusals += 1;
      if (this.refusals !== REFUSALS_BEFORE_GIVING_UP) return;
      for (const listener of this.refusedListeners) listener(error.message);
    });
    client.on('close', () => {
      for (const reject of this.awaitingAck) reject(new Error('connection closed before PUBACK'));
      this.awaitingAck.clear();
      this.scheduleReconnect();
    });
  }

  isConnected(): boolean {
    return this.client.connected;
  }

  publishAcked(topic: string, payload: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (!this.client.connected) {
        reject(new Error('not connected'));
        return;
      }
      const timer = setTimeout(() => this.ackTimedOut(settle), this.ackTimeoutMs);
      const settle = (error?: Error) => {
        clearTimeout(timer);
        this.awaitingAck.delete(settle);
        if (error) reject(error);
        else resolve();
      };
      this.awaitingAck.add(settle);
      this.client.publish(topic, payload, { qos: 1 }, (error) => settle(error ?? undefined));
    });
  }

  /**
   * MQTT 3.1.1 sends a PUBLISH again only on a new connection, and a broker that got it answers
   * at once: a PUBACK this late means a half-open connection. Dropping it rejects what waits
   * (the outbox sends it again once reconnected) instead of waiting for the keepalive.
   */
  private ackTimedOut(settle: (error: Error) => void): void {
    settle(new Error(`no PUBACK within ${this.ackTimeoutMs} ms`));
    if (!this.client.connected) return;
    this.log.warn('no PUBACK in time, dropping the connection', { afterMs: this.ackTimeoutMs });
    this.client.stream.destroy();
  }

  publish(topic: string, payload: string, qos: 0 | 1): void {
    this.client.publish(topic, payload, { qos }, (error) => {
      if (error) this.log.warn('publish failed', { topic, error: error.message });
    });
  }

  async subscribe(topics: string[]): Promise<void> {
    await this.client.subscribeAsync(topics, { qos: 1 });
  }

  onConnect(listener: () => void): void {
    this.client.on('connect', listener);
  }

  onClose(listener: () => void): void {
    this.client.on('close', listener);
  }

  onMessage(listener: (topic: string, payload: Buffer) => void): void {
    this.client.on('message', listener);
  }

  onRefused(listener: (reason: string) => void): void {
    this.refusedListeners.push(listener);
  }

  async end(): Promise<void> {
    this.ending = true;
    clearTimeout(this.reconnectTimer);
    await this.client.endAsync(true);
  }

  private scheduleReconnect(): void {
    if (this.ending || this.reconnectTimer) return;
    const delay = this.backoff.next();
    this.log.info('broker unreachable, retrying', { inMs: delay });
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      if (!this.ending) this.client.reconnect();
    }, delay);
  }
}

/** MQTT 3.1.1 CONNACK return codes 1 to 5: the broker refused these credentials or this client id. */
function isConnackRefusal(error: Error): boolean {
  const code = 'code' in error ? error.code : undefined;
  return typeof code === 'number' && code >= 1 && code <= 5;
}

/**
 * A goal is one small packet: without this, Nagle's algorithm may hold it back until the
 * previous packet is acknowledged (about 40 ms on Linux), which the players see on the display.
 */
function sendAtOnce(client: MqttClient): void {
  const stream: unknown = client.stream;
  if (typeof stream === 'object' && stream !== null && 'setNoDelay' in stream) {
    const setNoDelay = stream.setNoDelay;
    if (typeof setNoDelay === 'function') setNoDelay.call(stream, true);
  }
}
