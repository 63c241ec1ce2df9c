import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Bridge, startBridge } from '../bridge';
import { parseBridgeConfig } from '../config';
import { silentLog } from '../log';
import { SimulatedGoalSensor } from '../sensors/simulated-sensor';

/** A clock the test moves by hand (sensor health and debounce read it). */
export class TestClock {
  constructor(public time = 1_750_000_000_000) {}
  readonly now = () => this.time;
  advance(ms: number): void {
    this.time += ms;
  }
}

export interface TestTable {
  bridge: Bridge;
  sensors: SimulatedGoalSensor;
  clock: TestClock;
  outboxDir: string;
}

/** A bridge on a test broker with simulated sensors, fast reconnection and its own outbox. */
export async function startTestBridge(
  url: string,
  thingName: string,
  options: {
    outboxDir?: string;
    clock?: TestClock;
    ackTimeoutMs?: number;
    /** `sensors.speed` of the config: every simulated goal then goes through a second beam. */
    speed?: { distanceMm: number; windowMs?: number };
  } = {},
): Promise<TestTable> {
  const clock = options.clock ?? new TestClock();
  const outboxDir = options.outboxDir ?? (await mkdtemp(join(tmpdir(), 'bridge-test-')));
  const config = parseBridgeConfig({
    thingName,
    endpoint: url,
    outboxDir,
    noisyBurst: 4,
    reconnect: { minMs: 50, maxMs: 200 },
    ackTimeoutMs: options.ackTimeoutMs,
    ...(options.speed === undefined ? {} : { sensors: { driver: 'simulated', speed: options.speed } }),
  });
  const sensors = new SimulatedGoalSensor(clock.now);
  const bridge = await startBridge(config, { sensors, log: silentLog, now: clock.now });
  return { bridge, sensors, clock, outboxDir };
}
