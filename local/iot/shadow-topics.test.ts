import type { MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectTestClient, TopicRecorder } from './mqtt-test-client';
import { type LocalIot, startLocalIot } from './start-local-iot';

const shadowTopic = (thing: string, suffix: string) => `$aws/things/${thing}/shadow/${suffix}`;

describe('the classic shadow over MQTT reserved topics', () => {
  let iot: LocalIot;
  let backend: MqttClient;
  let table: MqttClient;
  const logLines: string[] = [];

  beforeAll(async () => {
    iot = await startLocalIot({ log: (line) => logLines.push(line) });
    backend = await connectTestClient(iot.mqttUrl, { clientId: 'backend' });
    table = await connectTestClient(iot.mqttUrl, { clientId: 'table' });
  });

  afterAll(async () => {
    await backend?.endAsync();
    await table?.endAsync();
    await iot?.stop();
  });

  it('rejects a get on a thing with no shadow with 404 and the client token', async () => {
    // Prepare
    const thing = 'no-shadow-yet';
    const answers = await new TopicRecorder(backend).subscribe(shadowTopic(thing, 'get/rejected'));

    // Act
    await backend.publishAsync(shadowTopic(thing, 'get'), JSON.stringify({ clientToken: 'ask-1' }), {
      qos: 1,
    });

    // Assess
    const rejected = await answers.nth(shadowTopic(thing, 'get/rejected'));
    expect(rejected).toMatchObject({
      code: 404,
      message: `No shadow exists with name: '${thing}'`,
      clientToken: 'ask-1',
    });
    expect(rejected.timestamp).toEqual(expect.any(Number));
  });

  it('accepts a desired update, sends the delta to the table, and stops once reported matches', async () => {
    // Prepare
    const thing = 'babyfoot-office-1';
    const backendAnswers = await new TopicRecorder(backend).subscribe(
      shadowTopic(thing, 'update/accepted'),
      shadowTopic(thing, 'update/documents'),
      shadowTopic(thing, 'get/accepted'),
    );
    const tableInbox = await new TopicRecorder(table).subscribe(shadowTopic(thing, 'update/delta'));
    const desired = { match: { id: 'm1', status: 'in_progress', score: { red: 0, blue: 0 } } };

    // Act
    const update = { state: { desired }, clientToken: 'set-1' };
    await backend.publishAsync(shadowTopic(thing, 'update'), JSON.stringify(update), { qos: 1 });
    const delta = await tableInbox.nth(shadowTopic(thing, 'update/delta'));
    const report = { state: { reported: delta.state } };
    await table.publishAsync(shadowTopic(thing, 'update'), JSON.stringify(report), { qos: 1 });
    await backendAnswers.nth(shadowTopic(thing, 'update/accepted'), 2);
    await backend.publishAsync(shadowTopic(thing, 'get'), '', { qos: 1 });

    // Assess
    expect(await backendAnswers.nth(shadowTopic(thing, 'update/accepted'))).toMatchObject({
      state: { desired },
      version: 1,
      clientToken: 'set-1',
    });
    expect(delta).toMatchObject({ state: desired, version: 1, clientToken: 'set-1' });
    const documents = await backendAnswers.nth(shadowTopic(thing, 'update/documents'), 2);
    expect(documents).toMatchObject({
      previous: { state: { desired }, version: 1 },
      current: { state: { desired, reported: desired }, version: 2 },
    });
    const shadow = await backendAnswers.nth(shadowTopic(thing, 'get/accepted'));
    expect(shadow.state).toEqual({ desired, reported: desired });
    expect(shadow.version).toBe(2);
    expect(tableInbox.documents(shadowTopic(thing, 'update/delta'))).toHaveLength(1);
  });

  it('rejects an update with a stale version with 409, and invalid JSON with 400', async () => {
    // Prepare
    const thing = 'table-conflict';
    const answers = await new TopicRecorder(backend).subscribe(
      shadowTopic(thing, 'update/accepted'),
      shadowTopic(thing, 'update/rejected'),
    );
    await backend.publishAsync(
      shadowTopic(thing, 'update'),
      JSON.stringify({ state: { desired: { a: 1 } } }),
    );
    await answers.nth(shadowTopic(thing, 'update/accepted'));

    // Act
    const stale = { state: { desired: { a: 2 } }, version: 0, clientToken: 'stale' };
    await backend.publishAsync(shadowTopic(thing, 'update'), JSON.stringify(stale), { qos: 1 });
    await backend.publishAsync(shadowTopic(thing, 'update'), '{"state": {', { qos: 1 });

    // Assess
    expect(await answers.nth(shadowTopic(thing, 'update/rejected'))).toMatchObject({
      code: 409,
      message: 'Version conflict',
      clientToken: 'stale',
    });
    expect(await answers.nth(shadowTopic(thing, 'update/rejected'), 2)).toMatchObject({
      code: 400,
      message: 'Invalid JSON',
    });
  });

  it('deletes a shadow: delete/accepted, then get is rejected with 404', async () => {
    // Prepare
    const thing = 'table-to-delete';
    const answers = await new TopicRecorder(backend).subscribe(
      shadowTopic(thing, 'update/accepted'),
      shadowTopic(thing, 'delete/accepted'),
      shadowTopic(thing, 'get/rejected'),
    );
    await backend.publishAsync(
      shadowTopic(thing, 'update'),
      JSON.stringify({ state: { reported: { a: 1 } } }),
    );
    await answers.nth(shadowTopic(thing, 'update/accepted'));

    // Act
    await backend.publishAsync(shadowTopic(thing, 'delete'), JSON.stringify({ clientToken: 'bye' }), {
      qos: 1,
    });
    const deleted = await answers.nth(shadowTopic(thing, 'delete/accepted'));
    await backend.publishAsync(shadowTopic(thing, 'get'), '', { qos: 1 });

    // Assess
    expect(deleted).toMatchObject({ version: 1, clientToken: 'bye' });
    expect(await answers.nth(shadowTopic(thing, 'get/rejected'))).toMatchObject({ code: 404 });
    expect(iot.stats()['mqtt.shadow.delete']).toBe(1);
  });
});
