import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { goalEventSchema } from '../src/outbox/goal-event';
import { shadowMatchSchema, shadowPairingSchema } from '../src/shadow/shadow-match';
import { FakeCloud } from '../src/test-support/fake-cloud';
import { startTestBridge, type TestTable } from '../src/test-support/start-test-bridge';
import { startTestBroker, type TestBroker } from '../src/test-support/test-broker';
import { loadProtocolSchemas, type ProtocolSchemas, protocolExamples } from './protocol-schemas';

const THING = 'babyfoot-protocol-1';
let schemas: ProtocolSchemas;

beforeAll(async () => {
  schemas = await loadProtocolSchemas();
});

describe('the device protocol examples (docs/device-protocol/examples)', () => {
  it('each valid example fits its schema, and each invalid one does not', async () => {
    const valid = await protocolExamples('valid');
    const invalid = await protocolExamples('invalid');

    expect(valid.filter((example) => schemas.errors(example.kind, example.message).length > 0)).toEqual([]);
    expect(invalid.filter((example) => schemas.errors(example.kind, example.message).length === 0)).toEqual(
      [],
    );
    expect(new Set(valid.map((example) => example.kind)).size).toBe(4);
  });

  it('the bridge reads the goal events and the desired states of the examples, and refuses the invalid goals', async () => {
    const valid = await protocolExamples('valid');
    const invalid = await protocolExamples('invalid');

    for (const example of valid.filter((e) => e.kind === 'goal-event')) {
      expect(goalEventSchema.safeParse(example.message).success, example.file).toBe(true);
    }
    for (const example of invalid.filter((e) => e.kind === 'goal-event')) {
      expect(goalEventSchema.safeParse(example.message).success, example.file).toBe(false);
    }
    const desired = valid.find((example) => example.file === 'shadow-desired.json')?.message;
    const { match, pairing } = z.object({ match: z.unknown(), pairing: z.unknown() }).parse(desired);
    expect(shadowMatchSchema.parse(match)).toMatchObject({
      id: 'm-2026-12-06-1',
      score: { red: 4, blue: 3 },
    });
    expect(shadowPairingSchema.parse(pairing)).toEqual({ code: '4712', expiresAt: 1765032600000 });
  });
});

describe('what the bridge sends', () => {
  let broker: TestBroker;
  let cloud: FakeCloud;
  let table: TestTable;

  beforeAll(async () => {
    broker = await startTestBroker();
    cloud = await FakeCloud.connect(broker.directUrl, THING);
    cloud.desired = {
      match: {
        id: 'match-1',
        status: 'in_progress',
        mode: 'singles',
        target: 10,
        winBy: 1,
        bestOf: 1,
        teams: { red: ['Alice'], blue: ['Bob'] },
        score: { red: 0, blue: 0 },
        games: { red: 0, blue: 0 },
      },
      revision: 3,
      pairing: { code: '4712', expiresAt: Date.now() + 600_000 },
    };
    table = await startTestBridge(broker.url, THING);
  });

  afterAll(async () => {
    await table.bridge.stop();
    await cloud.close();
    await broker.close();
  });

  it('fits the schemas: goal events, pairing requests and every shadow report', async () => {
    // Act: a goal, a pairing request, a sensor going unavailable
    await cloud.until(() => table.bridge.view().phase === 'PLAYING', 'the match shown');
    table.bridge.fireGoal('red');
    table.bridge.requestPairing();
    table.sensors.fault({ goals: ['blue'], state: 'lost', reason: 'test' });
    await cloud.until(() => cloud.goals().length === 1, 'the goal');
    await cloud.until(() => JSON.stringify(cloud.reported.sensors).includes('unavailable'), 'the report');

    // Assess
    const goals = cloud.messagesOn('/events/goal');
    const pairings = cloud.messagesOn('/events/pairing');
    const updateSchema = z.object({ state: z.object({ reported: z.unknown() }) });
    const reports = cloud
      .messagesOn('/shadow/update')
      .map((update) => updateSchema.parse(update).state.reported);
    expect(goals.flatMap((goal) => schemas.errors('goal-event', goal))).toEqual([]);
    expect(pairings.length).toBeGreaterThan(0);
    expect(pairings.flatMap((request) => schemas.errors('pairing-request', request))).toEqual([]);
    expect(reports.length).toBeGreaterThan(1);
    expect(reports.flatMap((reported) => schemas.errors('shadow-reported', reported))).toEqual([]);
  });
});
