import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shotSpeedKmh } from './sensors/shot-speed';
import { FakeCloud } from './test-support/fake-cloud';
import { startTestBridge, type TestTable } from './test-support/start-test-bridge';
import { startTestBroker, type TestBroker } from './test-support/test-broker';

const THING = 'babyfoot-speed-1';
const match = {
  id: 'match-1',
  status: 'in_progress',
  mode: 'singles',
  target: 10,
  winBy: 1,
  bestOf: 1,
  teams: { red: ['Alice'], blue: ['Bob'] },
  score: { red: 0, blue: 0 },
  games: { red: 0, blue: 0 },
};

describe('shotSpeedKmh', () => {
  const rules = { distanceMm: 40, windowMs: 250 };

  it('divides the distance between the beams by the time between their cuts, the kernel timestamps first', () => {
    // 40 mm in 3.6 ms is 11.1 m/s, 40 km/h; the bridge's own clock says 3 ms (48 km/h).
    expect(shotSpeedKmh({ at: 1000, edgeUs: 5_000_000 }, { at: 1003, edgeUs: 5_003_600 }, rules)).toBe(40);
    expect(shotSpeedKmh({ at: 1000 }, { at: 1003 }, rules)).toBe(48);
  });

  it('times no shot whose second cut is too late, not after the first, or impossibly fast', () => {
    expect(shotSpeedKmh({ at: 1000 }, { at: 1300 }, rules)).toBeUndefined();
    expect(shotSpeedKmh({ at: 1000, edgeUs: 10 }, { at: 1000, edgeUs: 10 }, rules)).toBeUndefined();
    expect(shotSpeedKmh({ at: 1000, edgeUs: 0 }, { at: 1000, edgeUs: 500 }, rules)).toBeUndefined();
  });
});

describe('a table with a second beam in its goals', () => {
  let broker: TestBroker;
  let cloud: FakeCloud;
  let started: TestTable | undefined;

  beforeEach(async () => {
    broker = await startTestBroker();
    cloud = await FakeCloud.connect(broker.directUrl, THING);
  });

  afterEach(async () => {
    await started?.bridge.stop();
    await cloud.close();
    await broker.close();
  });

  async function playing(speed: { distanceMm: number; windowMs?: number }): Promise<TestTable> {
    cloud.desired = { match };
    const table = await startTestBridge(broker.url, THING, { speed });
    await cloud.until(() => table.bridge.view().phase === 'PLAYING', 'the match');
    return table;
  }

  it('sends the speed of each shot with its goal, as the simulated sensors measure it', async () => {
    started = await playing({ distanceMm: 50 });

    started.bridge.fireGoal('red', 42);
    started.clock.advance(2000);
    started.bridge.fireGoal('blue');

    await cloud.until(() => cloud.goals().length === 2, 'both goals');
    const [hard, drawn] = cloud.goals();
    expect(hard).toMatchObject({ team: 'red', speedKmh: 42 });
    expect(drawn?.team).toBe('blue');
    expect(drawn?.speedKmh).toBeGreaterThanOrEqual(15);
    expect(drawn?.speedKmh).toBeLessThanOrEqual(55);
  });

  it('sends a goal whose second beam stays whole without a speed, once the window has passed', async () => {
    started = await playing({ distanceMm: 50, windowMs: 50 });

    started.sensors.fire('blue');

    await cloud.until(() => cloud.goals().length === 1, 'the goal');
    expect(cloud.goals()[0]).toMatchObject({ team: 'red' });
    expect(cloud.goals()[0]).not.toHaveProperty('speedKmh');
  });
});
