import {
  GetThingShadowCommand,
  IoTDataPlaneClient,
  UpdateThingShadowCommand,
} from '@aws-sdk/client-iot-data-plane';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../local/dynamodb';
import { freePort } from '../../../local/free-port';
import { type LocalIot, startLocalIot } from '../../../local/iot/start-local-iot';
import { aliceVersusBob, tableGoals } from '../domain/match/test-fixtures';
import { memoryLogger } from '../logger';
import { IotShadowPublisher } from './shadow-publisher';

const aws = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS };

describe('IotShadowPublisher', () => {
  let iot: LocalIot;
  let reader: IoTDataPlaneClient;
  let publisher: IotShadowPublisher | undefined;
  beforeEach(async () => {
    iot = await startLocalIot({ log: () => {} });
    reader = new IoTDataPlaneClient({ ...aws, endpoint: iot.iotDataUrl });
  });
  afterEach(async () => {
    publisher?.destroy();
    reader.destroy();
    await iot.stop();
  });

  async function desired(thingName: string) {
    const answer = await reader.send(new GetThingShadowCommand({ thingName }));
    return JSON.parse(new TextDecoder().decode(answer.payload)).state.desired;
  }

  it("writes the match and its revision into the table's desired state", async () => {
    publisher = new IotShadowPublisher({ ...aws, endpoint: iot.iotDataUrl, log: memoryLogger() });

    await publisher.publish('table-1', tableGoals(aliceVersusBob(), 'rrb'), 3);

    const state = await desired('table-1');
    expect(state.revision).toBe(3);
    expect(state.match).toMatchObject({ id: 'm1', score: { red: 2, blue: 1 } });
    expect(state.match).not.toHaveProperty('winner');
  });

  it('never lets an older revision overwrite a newer one, whatever the order they arrive in', async () => {
    // Prepare: the score after each of 8 goals, published at once in a shuffled order.
    publisher = new IotShadowPublisher({ ...aws, endpoint: iot.iotDataUrl, log: memoryLogger() });
    const goals = 'rrbrbbrr';
    const publishes = [5, 2, 8, 1, 7, 3, 6, 4].map((revision) =>
      publisher?.publish('table-1', tableGoals(aliceVersusBob(), goals.slice(0, revision)), revision),
    );

    // Act
    await Promise.all(publishes);
    await publisher.publish('table-1', tableGoals(aliceVersusBob(), 'r'), 1);

    // Assess: the newest score shows, and stays.
    const state = await desired('table-1');
    expect(state.revision).toBe(8);
    expect(state.match.score).toEqual({ red: 5, blue: 3 });
  });

  it("retries when the table's own report changed the shadow between its read and its write", async () => {
    publisher = new IotShadowPublisher({ ...aws, endpoint: iot.iotDataUrl, log: memoryLogger() });
    const reports = Array.from({ length: 10 }, (_, i) =>
      reader.send(
        new UpdateThingShadowCommand({
          thingName: 'table-1',
          payload: new TextEncoder().encode(JSON.stringify({ state: { reported: { sensors: { red: i } } } })),
        }),
      ),
    );

    await Promise.all([publisher.publish('table-1', tableGoals(aliceVersusBob(), 'bb'), 2), ...reports]);

    expect((await desired('table-1')).match.score).toEqual({ red: 0, blue: 2 });
  });

  it('shows a pairing code and clears it without touching the match', async () => {
    publisher = new IotShadowPublisher({ ...aws, endpoint: iot.iotDataUrl, log: memoryLogger() });
    await publisher.publish('table-1', aliceVersusBob(), 1);

    await publisher.showPairing('table-1', { code: '0472', expiresAt: 1_700_000_600_000 });
    expect((await desired('table-1')).pairing).toEqual({ code: '0472', expiresAt: 1_700_000_600_000 });
    await publisher.showPairing('table-1', null);

    const state = await desired('table-1');
    expect(state).not.toHaveProperty('pairing');
    expect(state.match.id).toBe('m1');
  });

  it('shows another match even at a lower revision: a live item made again starts over', async () => {
    publisher = new IotShadowPublisher({ ...aws, endpoint: iot.iotDataUrl, log: memoryLogger() });
    await publisher.publish('table-1', tableGoals(aliceVersusBob(), 'rrb'), 57);

    const next = { ...aliceVersusBob(), id: 'm2' };
    await publisher.publish('table-1', next, 1);

    const state = await desired('table-1');
    expect(state).toMatchObject({ revision: 1, match: { id: 'm2', score: { red: 0, blue: 0 } } });
  });

  it('logs a failed write instead of failing the turn, and retries it after the turn', async () => {
    const log = memoryLogger();
    const endpoint = `http://127.0.0.1:${await freePort()}`;
    publisher = new IotShadowPublisher({
      ...aws,
      endpoint,
      log,
      retryDelaysMs: [5, 5],
      retryDeadlineMs: 500,
    });

    await expect(publisher.publish('table-1', aliceVersusBob(), 1)).resolves.toBeUndefined();
    await publisher.settled();

    const messages = log.lines.map((line) => `${line.level}: ${line.message}`);
    expect(messages).toEqual([
      'warn: shadow update missed the turn: retried after it',
      'warn: shadow update retry failed',
      'warn: shadow update retry failed',
      'error: shadow update failed',
    ]);
  });

  it('gives up a retry once a later publish for the table went through', async () => {
    // Prepare: the data plane refuses the first publish, and is back for the second.
    const log = memoryLogger();
    const client = new IoTDataPlaneClient({ ...aws, endpoint: iot.iotDataUrl });
    let down = true;
    client.middlewareStack.add(
      (next) => async (args) => {
        if (down) throw new Error('data plane away');
        return next(args);
      },
      { step: 'initialize' },
    );
    publisher = new IotShadowPublisher({ log, client, retryDelaysMs: [50] });
    await publisher.publish('table-1', tableGoals(aliceVersusBob(), 'r'), 1);
    down = false;

    // Act
    await publisher.publish('table-1', tableGoals(aliceVersusBob(), 'rr'), 2);
    await publisher.settled();

    // Assess
    expect((await desired('table-1')).match.score).toEqual({ red: 2, blue: 0 });
    expect(log.lines.map((line) => line.message)).toEqual([
      'shadow update missed the turn: retried after it',
    ]);
    client.destroy();
  });
});
