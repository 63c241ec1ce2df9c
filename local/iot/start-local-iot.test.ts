import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { connectTestClient, TopicRecorder } from './mqtt-test-client';
import { type RuleEvent, startLocalIot } from './start-local-iot';

describe('startLocalIot', () => {
  it('restarts the broker on the same port; a reconnecting client delivers its queued QoS 1 goal', async () => {
    // Prepare
    const goals: RuleEvent[] = [];
    let goalArrived: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (goalArrived = resolve));
    const iot = await startLocalIot({
      rules: [
        {
          topicFilter: 'babyfoot/+/events/goal',
          handle: async (event) => {
            goals.push(event);
            goalArrived();
          },
        },
      ],
      log: () => {},
    });
    const table = await connectTestClient(iot.mqttUrl, {
      clientId: 'restart-table',
      clean: false,
      reconnectPeriod: 20,
    });
    const urlBefore = iot.mqttUrl;

    try {
      // Act
      const offline = new Promise<void>((resolve) => table.once('offline', () => resolve()));
      await iot.stopBroker();
      await offline;
      const goal = { eventId: 'e-restart', matchId: 'm-1', team: 'blue', at: 1_700_000_000_000 };
      const acknowledged = table.publishAsync('babyfoot/restart-1/events/goal', JSON.stringify(goal), {
        qos: 1,
      });
      await iot.startBroker();
      await acknowledged;
      await arrived;

      // Assess
      expect(iot.mqttUrl).toBe(urlBefore);
      expect(goals).toEqual([{ ...goal, thingName: 'restart-1' }]);
    } finally {
      await table.endAsync(true);
      await iot.stop();
    }
  });

  it('keeps shadows in the given file across a restart', async () => {
    // Prepare
    const folder = await mkdtemp(join(tmpdir(), 'babyfoot-iot-'));
    const shadowFile = join(folder, 'shadows.json');
    const thing = 'babyfoot-persisted';
    const first = await startLocalIot({ shadowFile, log: () => {} });
    const writer = await connectTestClient(first.mqttUrl, { clientId: 'persist-writer' });
    const writerInbox = await new TopicRecorder(writer).subscribe(
      `$aws/things/${thing}/shadow/update/accepted`,
    );
    await writer.publishAsync(
      `$aws/things/${thing}/shadow/update`,
      JSON.stringify({ state: { desired: { match: { status: 'paused' } } } }),
    );
    await writerInbox.nth(`$aws/things/${thing}/shadow/update/accepted`);
    await writer.endAsync();
    await first.stop();

    try {
      // Act
      const second = await startLocalIot({ shadowFile, log: () => {} });
      const reader = await connectTestClient(second.mqttUrl, { clientId: 'persist-reader' });
      const readerInbox = await new TopicRecorder(reader).subscribe(
        `$aws/things/${thing}/shadow/get/accepted`,
      );
      await reader.publishAsync(`$aws/things/${thing}/shadow/get`, '');
      const shadow = await readerInbox.nth(`$aws/things/${thing}/shadow/get/accepted`);
      await reader.endAsync();
      await second.stop();

      // Assess
      expect(shadow).toMatchObject({ state: { desired: { match: { status: 'paused' } } }, version: 1 });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
