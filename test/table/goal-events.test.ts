import { randomUUID } from 'node:crypto';
import { GetThingShadowCommand, IoTDataPlaneClient } from '@aws-sdk/client-iot-data-plane';
import type { MqttClient } from 'mqtt';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type Backend, createBackend } from '../../lambda/src/backend';
import { BAR_RULES } from '../../lambda/src/domain/match/rules';
import { startMatch } from '../../lambda/src/domain/match/start-match';
import { memoryLogger } from '../../lambda/src/logger';
import { IotShadowPublisher } from '../../lambda/src/shadow/shadow-publisher';
import { DynamoHistoryStore } from '../../lambda/src/store/dynamo-history-store';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local/dynamodb';
import { connectTestClient } from '../../local/iot/mqtt-test-client';
import { type LocalIot, startLocalIot } from '../../local/iot/start-local-iot';
import { createTestTable } from '../support/dynamodb';

const shadowSchema = z.object({ state: z.object({ desired: z.object({ match: z.unknown() }) }) });

/** The table counts the goals: device events through the local IoT rule into DynamoDB and back to the shadow. */
describe('goal events from the table', () => {
  let iot: LocalIot;
  let shadows: IotShadowPublisher;
  let backend: Backend;
  let table: MqttClient;
  let reader: IoTDataPlaneClient;
  let store: Awaited<ReturnType<typeof createTestTable>>;
  const log = memoryLogger();
  const thing = `table-${randomUUID().slice(0, 8)}`;

  beforeEach(async () => {
    store = await createTestTable();
    let goalEventHandler: Backend['goalEventHandler'] | undefined;
    iot = await startLocalIot({
      rules: [
        {
          topicFilter: 'babyfoot/+/events/goal',
          handle: async (event) => {
            if (!goalEventHandler) throw new Error('not ready');
            return goalEventHandler(event);
          },
        },
      ],
      ruleRetryDelaysMs: [20, 50],
      log: () => {},
    });
    const aws = { endpoint: iot.iotDataUrl, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };
    shadows = new IotShadowPublisher({ ...aws, log });
    backend = createBackend({ config: { tableName: store.tableName }, dynamo: store.document, log, shadows });
    goalEventHandler = backend.goalEventHandler;
    reader = new IoTDataPlaneClient(aws);
    table = await connectTestClient(iot.mqttUrl, { clientId: thing });
  });

  afterEach(async () => {
    await table.endAsync();
    await iot.stop();
    shadows.destroy();
    reader.destroy();
  });

  /** Publishes goal events as the bridge does (QoS 1), then waits until the rule has handled them all. */
  async function goals(...events: object[]): Promise<void> {
    const before = iot.stats()['rule.invoke'] ?? 0;
    await Promise.all(
      events.map((event) =>
        table.publishAsync(`babyfoot/${thing}/events/goal`, JSON.stringify(event), { qos: 1 }),
      ),
    );
    while ((iot.stats()['rule.invoke'] ?? 0) < before + events.length) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await iot.rulesIdle();
  }

  /** The table's match as the shadow's desired state shows it. */
  async function desiredMatch(): Promise<unknown> {
    const answer = await reader.send(new GetThingShadowCommand({ thingName: thing }));
    const document = shadowSchema.parse(JSON.parse(new TextDecoder().decode(answer.payload)));
    return document.state.desired.match;
  }

  it('counts each eventId once, whatever the order, and shows the score on the shadow', async () => {
    const match = startMatch({
      id: 'm1',
      teams: { red: ['Alice'], blue: ['Bob'] },
      rules: BAR_RULES,
      at: 1000,
    });
    await backend.deps.matches.save(thing, 0, { leagueId: 'acct', match });
    const goal = (eventId: string, team: string, at: number, matchId = 'm1') => ({
      eventId,
      matchId,
      team,
      at,
    });

    await goals(goal('e1', 'red', 2000), goal('e1', 'red', 2000), goal('e1', 'red', 2000));
    await goals(goal('e3', 'blue', 4000));
    await goals(goal('e2', 'red', 3000));
    await goals(goal('e9', 'blue', 5000, 'another-match'), { eventId: '', team: 'green' });

    const live = await backend.deps.matches.load(thing);
    expect(live.match?.score).toEqual({ red: 2, blue: 1 });
    expect([...(live.match?.seenEventIds ?? [])].sort()).toEqual(['e1', 'e2', 'e3']);
    expect(iot.deadLetters()).toEqual([]);
    expect(await desiredMatch()).toMatchObject({
      id: 'm1',
      status: 'in_progress',
      score: { red: 2, blue: 1 },
      games: { red: 0, blue: 0 },
      teams: { red: ['Alice'], blue: ['Bob'] },
    });
    expect(log.lines.filter((line) => line.message === 'device error')).toHaveLength(1);
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        message: 'goal ignored',
        eventId: 'e9',
        reason: expect.stringContaining('m1'),
      }),
    );
  });

  it("keeps the ball's speed on the goal, and counts a goal whose speed is out of range without it", async () => {
    const match = startMatch({
      id: 'm5',
      teams: { red: ['Alice'], blue: ['Bob'] },
      rules: BAR_RULES,
      at: 1000,
    });
    await backend.deps.matches.save(thing, 0, { leagueId: 'acct', match });
    const goal = (eventId: string, speedKmh: unknown) => ({
      eventId,
      matchId: 'm5',
      team: 'red',
      at: 2000,
      speedKmh,
    });

    await goals(goal('fast', 42.3), goal('wrong', 900), goal('none', undefined));

    const live = await backend.deps.matches.load(thing);
    expect(live.match?.score).toEqual({ red: 3, blue: 0 });
    const speeds = Object.fromEntries(
      (live.match?.goals ?? []).map((scored) => [scored.id, scored.speedKmh]),
    );
    expect(speeds).toEqual({ fast: 42.3, wrong: undefined, none: undefined });
  });

  it('keeps a won match in the history and ignores goals scored after the winning one, except retries', async () => {
    const rules = { target: 2, winBy: 1, bestOf: 1 };
    const match = startMatch({ id: 'm2', teams: { red: ['Alice'], blue: ['Bob'] }, rules, at: 1000 });
    await backend.deps.matches.save(thing, 0, { leagueId: 'acct', match });
    const goal = (eventId: string, team: string) => ({ eventId, matchId: 'm2', team, at: 2000 });

    await goals(goal('e1', 'red'));
    await goals(goal('e2', 'red'));
    await goals(goal('e3', 'blue'), goal('e1', 'red'));

    const live = await backend.deps.matches.load(thing);
    expect(live.match).toMatchObject({ status: 'finished', winner: 'red', score: { red: 2, blue: 0 } });
    const history = await new DynamoHistoryStore({
      client: store.document,
      tableName: store.tableName,
    }).recent('acct', 10);
    expect(history.map((result) => result.id)).toEqual(['m2']);
    expect(await desiredMatch()).toMatchObject({
      status: 'finished',
      winner: 'red',
      games: { red: 1, blue: 0 },
    });
    expect(log.lines).toContainEqual(
      expect.objectContaining({
        message: 'goal ignored',
        eventId: 'e3',
        reason: 'scored after the winning goal',
      }),
    );
  });
});
