import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { BridgeConfig } from './config';
import type { Display } from './display/display';
import type { TableView } from './display/table-view';
import { type BridgeLog, jsonLinesLog } from './log';
import { openTableConnection } from './mqtt/table-connection';
import { tableTopics } from './mqtt/topics';
import { FileOutbox } from './outbox/file-outbox';
import { goalScored } from './outbox/goal-event';
import { OutboxSender } from './outbox/outbox-sender';
import { type GoalDetected, GoalDetector } from './sensors/goal-detector';
import type { BeamChange, GoalSensor } from './sensors/goal-sensor';
import { GpioGoalSensor } from './sensors/gpio-sensor';
import { cutOf, ShotClock } from './sensors/shot-clock';
import { SimulatedGoalSensor } from './sensors/simulated-sensor';
import { shadowMatchSchema, shadowPairingSchema } from './shadow/shadow-match';
import type { ShadowState } from './shadow/shadow-state';
import { ShadowSync } from './shadow/shadow-sync';
import { TableState } from './table-state';
import type { TeamColor } from './team';

const TICK_MS = 200;

export interface BridgeDeps {
  /** The goal sensors; by default the config's driver. */
  sensors?: GoalSensor;
  display?: Display;
  log?: BridgeLog;
  /** The clock (epoch ms), for goal times, sensor health and pairing expiry. */
  now?: () => number;
}

/** A running table bridge, for the CLI or a console that embeds it. */
export interface Bridge {
  /**
   * A ball for `creditedTeam`, as if the sensor crediting that team saw it; with
   * `sensors.speed` in the config, a shot through both beams at `speedKmh` (by default a
   * speed drawn between 15 and 55 km/h).
   */
  fireGoal(creditedTeam: TeamColor, speedKmh?: number): void;
  /** Asks the backend for a new pairing code. */
  requestPairing(): void;
  view(): TableView;
  /** Goals stored on the table and not yet acknowledged by the broker. */
  pendingGoals(): number;
  /** Resolves true once the shadow accepted what the table last reported, false after `timeoutMs`. */
  reportDelivered(timeoutMs: number): Promise<boolean>;
  /** Disconnects and stops the sensors; pending goals stay in the outbox for next time. */
  stop(): Promise<void>;
  on(event: 'view', listener: (view: TableView) => void): void;
  /**
   * The goal sensors are gone for good (their driver gave up): the shadow already says
   * `unavailable`; the CLI exits non-zero so that systemd restarts the bridge.
   */
  on(event: 'sensorsLost', listener: (reason: string) => void): void;
  /** The endpoint keeps refusing the connection (certificate, policy, client id): the CLI exits. */
  on(event: 'connectionRefused', listener: (reason: string) => void): void;
  off(event: 'view', listener: (view: TableView) => void): void;
}

/**
 * Starts the table: opens the outbox, starts the sensors and connects to the broker
 * (in the background: the table keeps counting goals while offline).
 */
export async function startBridge(config: BridgeConfig, deps: BridgeDeps = {}): Promise<Bridge> {
  const log = deps.log ?? jsonLinesLog();
  const now = deps.now ?? Date.now;
  const topics = tableTopics(config.thingName);
  const events = new EventEmitter();
  const table = new TableState(config.thingName, now);
  const detector = new GoalDetector(config, {
    red: config.sensors.red?.credits,
    blue: config.sensors.blue?.credits,
  });
  const changed = () => {
    const view = table.view();
    deps.display?.show(view);
    events.emit('view', view);
  };

  const outbox = await FileOutbox.open(config.outboxDir, log);
  table.pendingGoals = outbox.size();
  const connection = await openTableConnection(config, log);
  const sender = new OutboxSender(outbox, topics.goal, connection, log, () => {
    table.pendingGoals = outbox.size();
    changed();
  });
  const shadow = new ShadowSync(connection, topics, log);

  const report = () => {
    const pairing = table.shownPairing();
    const reported: ShadowState = { sensors: { ...table.sensors } };
    if (table.confirmed) reported.match = table.confirmed;
    if (table.revision !== undefined) reported.revision = table.revision;
    if (pairing) reported.pairing = pairing;
    shadow.report(reported);
  };

  shadow.onDesired((desired, delta, full) => {
    if (full || 'match' in delta || 'revision' in delta) {
      const revision = typeof desired.revision === 'number' ? desired.revision : undefined;
      table.matchConfirmed(parseMatch(desired.match, log), revision);
    }
    if (full || 'pairing' in delta) table.pairing = parsePairing(desired.pairing);
    report();
    changed();
  });

  let pairingWanted = true;
  let expiredPairingAsked: number | undefined;
  const requestPairing = () => {
    if (!connection.isConnected()) {
      pairingWanted = true;
      return;
    }
    pairingWanted = false;
    connection.publish(topics.pairing, JSON.stringify({ eventId: randomUUID(), at: now() }), 1);
    log.info('pairing code requested');
  };

  connection.onConnect(() => {
    table.connection = 'online';
    changed();
    connection
      .subscribe(shadow.subscriptions())
      .then(() => {
        shadow.connected();
        sender.resendPending();
        if (pairingWanted) requestPairing();
      })
      .catch((error: unknown) => log.warn('subscribe failed', { error: String(error) }));
  });
  connection.onRefused((reason) => {
    log.error('the endpoint refuses the connection', { endpoint: config.endpoint, reason });
    events.emit('connectionRefused', reason);
  });
  connection.onClose(() => {
    if (table.connection === 'offline') return;
    table.connection = 'offline';
    changed();
  });

  const goalDetected = (goal: GoalDetected, speedKmh?: number) => {
    const match = table.confirmed;
    if (match?.status !== 'in_progress') {
      const why = match?.status === 'paused' ? 'Match paused' : 'No match running';
      table.say(`${why}: goal not counted`);
      log.info('goal dropped: no match in progress', { team: goal.credits, status: match?.status ?? 'none' });
      changed();
      return;
    }
    const event = goalScored(match.id, goal.credits, goal.at, speedKmh);
    table.goalCelebrated(goal.credits);
    changed();
    log.info('goal', { ...event });
    // The outbox gives the goal its seq, in the order goals were detected.
    sender.send(event).catch((error: unknown) => {
      log.error('goal could not be stored', { eventId: event.eventId, error: String(error) });
    });
  };

  // A goal with a second beam waits (at most sensors.speed.windowMs) for it to time the shot.
  const speed = config.sensors.speed;
  const shots = new ShotClock(
    speed,
    (goal) => config.sensors.driver === 'simulated' || speed?.[goal] !== undefined,
    goalDetected,
  );
  const beamChanged = (change: BeamChange) => {
    if (change.line === 'speed') {
      shots.speedBeamChanged(change);
      return;
    }
    const outcome = detector.beamChanged(change);
    if (outcome.ignored) log.info('beam cut ignored', { goal: change.goal, why: outcome.ignored });
    if (outcome.healthChanged) sensorsChanged();
    if (outcome.goal) shots.goal(outcome.goal, cutOf(change));
  };
  // Goals whose sensor no driver reads: reported `unavailable` whatever their beam health was.
  const unreadable = new Set<TeamColor>();
  const sensorsChanged = () => {
    const health = detector.health();
    for (const goal of unreadable) health[goal] = 'unavailable';
    table.sensors = health;
    log.warn('sensor health', { ...table.sensors });
    report();
    changed();
  };

  const sensors = deps.sensors ?? defaultSensors(config, log, now);
  sensors.onBeamChange(beamChanged);
  sensors.onFault?.((fault) => {
    for (const goal of fault.goals) {
      if (fault.state === 'back') unreadable.delete(goal);
      else unreadable.add(goal);
    }
    log[fault.state === 'back' ? 'info' : 'error']('goal sensors', { ...fault });
    sensorsChanged();
    if (fault.state === 'gave-up') events.emit('sensorsLost', fault.reason);
  });
  await sensors.start();

  const ticker = setInterval(() => {
    if (detector.tick(now())) sensorsChanged();
    const pairing = table.pairing;
    if (pairing && pairing.expiresAt <= now() && expiredPairingAsked !== pairing.expiresAt) {
      expiredPairingAsked = pairing.expiresAt;
      report();
      requestPairing();
      changed();
    }
    if (table.expireNotice()) changed();
  }, TICK_MS);

  return {
    fireGoal(creditedTeam, speedKmh) {
      const goal = detector.goalCrediting(creditedTeam);
      const at = now();
      if (speed === undefined) {
        beamChanged({ goal, beam: 'cut', at });
        beamChanged({ goal, beam: 'restored', at });
        return;
      }
      const shot = new SimulatedGoalSensor(now);
      shot.onBeamChange(beamChanged);
      shot.shot(goal, speedKmh ?? 15 + Math.random() * 40, speed.distanceMm, at);
    },
    requestPairing,
    view: () => table.view(),
    pendingGoals: () => outbox.size(),
    async reportDelivered(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      while (!shadow.reportAccepted()) {
        if (Date.now() >= deadline) return false;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return true;
    },
    async stop() {
      clearInterval(ticker);
      shots.flush();
      await sensors.stop();
      await connection.end();
      deps.display?.close?.();
    },
    on(event: string, listener: ((view: TableView) => void) | ((reason: string) => void)) {
      events.on(event, listener);
    },
    off(event, listener) {
      events.off(event, listener);
    },
  };
}

function defaultSensors(config: BridgeConfig, log: BridgeLog, now: () => number): GoalSensor {
  if (config.sensors.driver === 'gpio') {
    return new GpioGoalSensor({ red: config.sensors.red, blue: config.sensors.blue }, log, now, {
      maxRestarts: config.sensors.maxRestarts,
      restartDelayMs: config.sensors.restartDelayMs,
      speedBeams: { red: config.sensors.speed?.red, blue: config.sensors.speed?.blue },
    });
  }
  return new SimulatedGoalSensor(now);
}

function parseMatch(value: unknown, log: BridgeLog) {
  if (value === undefined) return undefined;
  const parsed = shadowMatchSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  log.warn('desired match not understood, showing none', { issues: parsed.error.issues.length });
  return undefined;
}

function parsePairing(value: unknown) {
  const parsed = shadowPairingSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
