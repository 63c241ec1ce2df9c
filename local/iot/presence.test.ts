import { GetThingShadowCommand, IoTDataPlaneClient } from '@aws-sdk/client-iot-data-plane';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../dynamodb';
import { connectTestClient, TopicRecorder } from './mqtt-test-client';
import { presenceUpdate } from './presence';
import { type LocalIot, startLocalIot } from './start-local-iot';

const reportedSchema = z.object({
  state: z.object({
    reported: z.object({
      connected: z.boolean(),
      connectedAt: z.number().optional(),
      disconnectedAt: z.number().optional(),
    }),
  }),
});

describe('the presence rule', () => {
  it('writes connected with its time, and leaves out a disconnection caused by the same client connecting again', () => {
    expect(presenceUpdate({ eventType: 'connected', timestamp: 5 })).toEqual({
      state: { reported: { connected: true, connectedAt: 5 } },
    });
    expect(
      presenceUpdate({ eventType: 'disconnected', timestamp: 6, disconnectReason: 'CONNECTION_LOST' }),
    ).toEqual({
      state: { reported: { connected: false, disconnectedAt: 6 } },
    });
    expect(
      presenceUpdate({ eventType: 'disconnected', timestamp: 7, disconnectReason: 'DUPLICATE_CLIENTID' }),
    ).toBe(undefined);
  });
});

describe('the local IoT Core with presence', () => {
  let iot: LocalIot;
  let reader: IoTDataPlaneClient;
  afterEach(async () => {
    reader.destroy();
    await iot.stop();
  });

  async function reported(thingName: string) {
    const answer = await reader.send(new GetThingShadowCommand({ thingName }));
    return reportedSchema.parse(JSON.parse(new TextDecoder().decode(answer.payload))).state.reported;
  }

  async function until<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
    for (const deadline = Date.now() + 5000; ; ) {
      const value = await read().catch(() => undefined);
      if (value !== undefined && check(value)) return value;
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('publishes the lifecycle events and keeps reported.connected in the shadow, for a clean disconnect and a lost connection', async () => {
    // Prepare
    iot = await startLocalIot({ presence: true, log: () => {} });
    reader = new IoTDataPlaneClient({
      endpoint: iot.iotDataUrl,
      region: LOCAL_REGION,
      credentials: LOCAL_CREDENTIALS,
    });
    const watcher = await new TopicRecorder(await connectTestClient(iot.mqttUrl)).subscribe(
      '$aws/events/presence/+/+',
    );

    // Act: a table connects and leaves cleanly, then connects and its connection dies
    const before = Date.now();
    const table = await connectTestClient(iot.mqttUrl, { clientId: 'babyfoot-presence-1' });
    const online = await until(
      () => reported('babyfoot-presence-1'),
      (state) => state.connected,
    );
    await table.endAsync();
    const offline = await until(
      () => reported('babyfoot-presence-1'),
      (state) => !state.connected,
    );
    const again = await connectTestClient(iot.mqttUrl, { clientId: 'babyfoot-presence-1' });
    await until(
      () => reported('babyfoot-presence-1'),
      (state) => state.connected,
    );
    again.stream.destroy();
    const lost = await until(
      () => reported('babyfoot-presence-1'),
      (state) => !state.connected,
    );

    // Assess
    expect(online.connectedAt).toBeGreaterThanOrEqual(before);
    expect(offline.disconnectedAt).toBeGreaterThanOrEqual(online.connectedAt ?? 0);
    expect(lost.disconnectedAt).toBeGreaterThanOrEqual(offline.disconnectedAt ?? 0);
    await watcher.nth('$aws/events/presence/disconnected/babyfoot-presence-1', 2);
    const events = watcher.documents('$aws/events/presence/disconnected/babyfoot-presence-1');
    expect(events.map((event) => event.disconnectReason)).toEqual([
      'CLIENT_INITIATED_DISCONNECT',
      'CONNECTION_LOST',
    ]);
    expect(watcher.documents('$aws/events/presence/connected/babyfoot-presence-1')[0]).toMatchObject({
      clientId: 'babyfoot-presence-1',
      eventType: 'connected',
      versionNumber: 1,
    });
    await watcher.client.endAsync();
  });
});
