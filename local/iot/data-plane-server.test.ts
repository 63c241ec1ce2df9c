import {
  ConflictException,
  DeleteThingShadowCommand,
  GetThingShadowCommand,
  InvalidRequestException,
  IoTDataPlaneClient,
  PublishCommand,
  RequestEntityTooLargeException,
  ResourceNotFoundException,
  UpdateThingShadowCommand,
} from '@aws-sdk/client-iot-data-plane';
import type { MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonObjectSchema } from './json-value';
import { connectTestClient, TopicRecorder } from './mqtt-test-client';
import { type LocalIot, startLocalIot } from './start-local-iot';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const encode = (document: unknown) => new TextEncoder().encode(JSON.stringify(document));
const decode = (payload: Uint8Array | undefined) =>
  jsonObjectSchema.parse(JSON.parse(new TextDecoder().decode(payload)));

describe('the IoT data plane over HTTP, with the real IoTDataPlaneClient', () => {
  let iot: LocalIot;
  let iotData: IoTDataPlaneClient;
  let table: MqttClient;

  beforeAll(async () => {
    iot = await startLocalIot({ log: () => {} });
    iotData = new IoTDataPlaneClient({ endpoint: iot.iotDataUrl, region: 'eu-west-1', credentials });
    table = await connectTestClient(iot.mqttUrl, { clientId: 'http-test-table' });
  });

  afterAll(async () => {
    iotData?.destroy();
    await table?.endAsync();
    await iot?.stop();
  });

  it('updates, gets and deletes a shadow; the update reaches the table as a delta', async () => {
    // Prepare
    const thingName = 'babyfoot-http-1';
    const tableInbox = await new TopicRecorder(table).subscribe(
      `$aws/things/${thingName}/shadow/update/delta`,
    );
    const desired = { match: { id: 'm7', status: 'in_progress', score: { red: 2, blue: 1 } } };

    // Act
    const updated = await iotData.send(
      new UpdateThingShadowCommand({ thingName, payload: encode({ state: { desired }, clientToken: 'h1' }) }),
    );
    const got = await iotData.send(new GetThingShadowCommand({ thingName }));
    const deleted = await iotData.send(new DeleteThingShadowCommand({ thingName }));
    const afterDelete = iotData.send(new GetThingShadowCommand({ thingName }));

    // Assess
    expect(decode(updated.payload)).toMatchObject({ state: { desired }, version: 1, clientToken: 'h1' });
    expect(decode(got.payload)).toMatchObject({ state: { desired, delta: desired }, version: 1 });
    expect(decode(deleted.payload)).toMatchObject({ version: 1 });
    await expect(afterDelete).rejects.toBeInstanceOf(ResourceNotFoundException);
    await expect(afterDelete).rejects.toMatchObject({
      message: `No shadow exists with name: '${thingName}'`,
    });
    expect(await tableInbox.nth(`$aws/things/${thingName}/shadow/update/delta`)).toMatchObject({
      state: desired,
      version: 1,
    });
  });

  it('maps a stale version to ConflictException, a too large state to RequestEntityTooLargeException', async () => {
    // Prepare
    const thingName = 'babyfoot-http-2';
    await iotData.send(
      new UpdateThingShadowCommand({ thingName, payload: encode({ state: { reported: { a: 1 } } }) }),
    );

    // Act
    const stale = iotData.send(
      new UpdateThingShadowCommand({
        thingName,
        payload: encode({ state: { reported: { a: 2 } }, version: 7 }),
      }),
    );
    const tooLarge = iotData.send(
      new UpdateThingShadowCommand({
        thingName,
        payload: encode({ state: { desired: { log: 'x'.repeat(9000) } } }),
      }),
    );
    const invalid = iotData.send(
      new UpdateThingShadowCommand({ thingName, payload: encode({ desired: {} }) }),
    );

    // Assess
    await expect(stale).rejects.toBeInstanceOf(ConflictException);
    await expect(stale).rejects.toMatchObject({ message: 'Version conflict' });
    await expect(tooLarge).rejects.toBeInstanceOf(RequestEntityTooLargeException);
    await expect(invalid).rejects.toBeInstanceOf(InvalidRequestException);
    await expect(invalid).rejects.toMatchObject({ message: 'Missing required node: state' });
  });

  it('refuses named shadows and invalid thing names with InvalidRequestException', async () => {
    // Act
    const named = iotData.send(new GetThingShadowCommand({ thingName: 'babyfoot-1', shadowName: 'config' }));
    const badName = iotData.send(new GetThingShadowCommand({ thingName: 'bad name!' }));

    // Assess
    await expect(named).rejects.toBeInstanceOf(InvalidRequestException);
    await expect(badName).rejects.toBeInstanceOf(InvalidRequestException);
  });

  it('publishes into the broker, and a retained message reaches a later subscriber', async () => {
    // Prepare
    const live = await new TopicRecorder(table).subscribe('babyfoot/http-3/display');

    // Act
    await iotData.send(
      new PublishCommand({ topic: 'babyfoot/http-3/display', qos: 1, payload: encode({ text: 'Goal!' }) }),
    );
    await iotData.send(
      new PublishCommand({
        topic: 'babyfoot/http-3/config',
        qos: 1,
        retain: true,
        payload: encode({ target: 10 }),
      }),
    );
    const late = await connectTestClient(iot.mqttUrl, { clientId: 'http-test-late' });
    const lateInbox = await new TopicRecorder(late).subscribe('babyfoot/http-3/config');
    const retained = await lateInbox.nth('babyfoot/http-3/config');
    await late.endAsync();

    // Assess
    expect(await live.nth('babyfoot/http-3/display')).toEqual({ text: 'Goal!' });
    expect(retained).toEqual({ target: 10 });
  });

  it('is found through AWS_ENDPOINT_URL_IOT_DATA_PLANE and counts calls per operation', async () => {
    // Prepare
    const saved = process.env.AWS_ENDPOINT_URL_IOT_DATA_PLANE;
    Object.assign(process.env, iot.env);
    const fromEnvironment = new IoTDataPlaneClient({ region: 'eu-west-1', credentials });
    const before = iot.stats();

    // Act
    try {
      await fromEnvironment.send(
        new UpdateThingShadowCommand({
          thingName: 'babyfoot-env',
          payload: encode({ state: { desired: { a: 1 } } }),
        }),
      );
    } finally {
      fromEnvironment.destroy();
      if (saved === undefined) delete process.env.AWS_ENDPOINT_URL_IOT_DATA_PLANE;
      else process.env.AWS_ENDPOINT_URL_IOT_DATA_PLANE = saved;
    }

    // Assess
    expect(iot.stats().UpdateThingShadow).toBe((before.UpdateThingShadow ?? 0) + 1);
  });
});
