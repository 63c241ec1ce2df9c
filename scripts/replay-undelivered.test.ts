import { randomUUID } from 'node:crypto';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackend } from '../lambda/src/backend';
import { tableLeague } from '../lambda/src/domain/league/table-league';
import { memoryLogger } from '../lambda/src/logger';
import { DynamoMatchStore } from '../lambda/src/store/dynamo-match-store';
import { newSinglesMatch } from '../lambda/src/store/sample-matches';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../local/dynamodb';
import { createTestTable, type TestTable } from '../test/support/dynamodb';
import { type SqsStandIn, startSqsStandIn } from './replay-sqs-stand-in';
import { parseUndelivered, replayUndelivered, reportLines } from './replay-undelivered-queue';

const GOAL_FUNCTION = 'arn:aws:lambda:eu-west-1:123456789012:function:babyfoot-GoalEventFunction-AbC123';

/** What IoT Core puts in the queue when the rule could not invoke the function (UseBase64 false). */
function ruleError(thingName: string, kind: 'goal' | 'pairing', payload: object) {
  return JSON.stringify({
    ruleName: 'GoalTopicRule_x1',
    topic: `babyfoot/${thingName}/events/${kind}`,
    cloudwatchTraceId: randomUUID(),
    clientId: thingName,
    base64OriginalPayload: Buffer.from(JSON.stringify(payload)).toString('base64'),
    failures: [
      { failedAction: 'LambdaAction', failedResource: GOAL_FUNCTION, errorMessage: 'Rate exceeded' },
    ],
  });
}

/** What Lambda sends its on-failure destination once every retry of the event failed. */
function onFailureRecord(functionArn: string, requestPayload: object) {
  return JSON.stringify({
    version: '1.0',
    timestamp: new Date().toISOString(),
    requestContext: {
      requestId: randomUUID(),
      functionArn,
      condition: 'RetriesExhausted',
      approximateInvokeCount: 3,
    },
    requestPayload,
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    responsePayload: {
      errorType: 'ProvisionedThroughputExceededException',
      errorMessage: 'Throughput exceeded',
    },
  });
}

describe('npm run replay-undelivered', () => {
  let table: TestTable;
  let queue: SqsStandIn;
  let sqs: SQSClient;

  beforeAll(async () => {
    table = await createTestTable();
    queue = await startSqsStandIn();
    sqs = new SQSClient({ endpoint: queue.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  });

  afterAll(async () => {
    sqs.destroy();
    await queue.stop();
  });

  it('reads both kinds of message: a rule’s error (thing name from the topic) and an on-failure record', () => {
    const goal = { eventId: 'ev-1', at: 1, matchId: 'm-1', team: 'red' };
    expect(parseUndelivered(ruleError('babyfoot-office-1', 'goal', goal))).toMatchObject({
      kind: 'goal',
      source: 'rule error',
      event: { ...goal, thingName: 'babyfoot-office-1' },
      error: 'Rate exceeded',
    });
    expect(
      parseUndelivered(onFailureRecord(GOAL_FUNCTION, { ...goal, thingName: 'babyfoot-office-1' })),
    ).toMatchObject({ kind: 'goal', source: 'on-failure record', error: 'Throughput exceeded' });
    expect(
      parseUndelivered(ruleError('babyfoot-office-1', 'pairing', { eventId: 'p', at: 1 })),
    ).toMatchObject({
      kind: 'pairing',
    });
    expect(
      parseUndelivered(
        '{"topic":"$aws/events/presence/connected/babyfoot-x","base64OriginalPayload":"e30="}',
      ),
    ).toMatchObject({ kind: 'unreplayable' });
    expect(parseUndelivered('not json')).toEqual({ kind: 'unreplayable', reason: 'not JSON' });
  });

  it('re-drives a goal left twice in the queue, counts it once, deletes both, and keeps what still fails', async () => {
    const thingName = `babyfoot-${randomUUID().slice(0, 8)}`;
    const matches = new DynamoMatchStore({ client: table.document, tableName: table.tableName });
    const live = await matches.load(thingName);
    const match = newSinglesMatch(`m-${randomUUID().slice(0, 8)}`, Date.now() - 60_000);
    await matches.save(thingName, live.version, { leagueId: tableLeague(live), match });
    const backend = createBackend({
      config: { tableName: table.tableName },
      dynamo: table.document,
      log: memoryLogger(),
    });
    const goal = { eventId: `ev-${randomUUID()}`, at: Date.now() - 30_000, matchId: match.id, team: 'red' };
    const broken = { ...goal, eventId: 'ev-still-broken', team: 'blue' };
    const send = (body: string) =>
      sqs.send(new SendMessageCommand({ QueueUrl: queue.queueUrl, MessageBody: body }));
    // The rule could not invoke the function, and an earlier delivery of the same goal failed every retry.
    await send(ruleError(thingName, 'goal', goal));
    await send(onFailureRecord(GOAL_FUNCTION, { ...goal, thingName }));
    await send(onFailureRecord(GOAL_FUNCTION, { ...broken, thingName }));
    await send(
      JSON.stringify({ topic: `$aws/events/presence/connected/${thingName}`, base64OriginalPayload: 'e30=' }),
    );

    const report = await replayUndelivered({
      sqs,
      queueUrl: queue.queueUrl,
      handlers: {
        // The broken one fails again (its store is still down, say); the others go through the real entry.
        goal: async (event) => {
          if ((event as { eventId?: string }).eventId === broken.eventId) throw new Error('still throttled');
          return backend.goalEventHandler(event);
        },
        pairing: backend.pairingEventHandler,
      },
    });

    expect(report.replayed.map((r) => [r.eventId, r.outcome])).toEqual([
      [goal.eventId, { status: 'counted' }],
      [goal.eventId, { status: 'duplicate' }],
    ]);
    expect(report.failed).toEqual([
      { kind: 'goal', eventId: broken.eventId, thingName, error: 'still throttled' },
    ]);
    expect(report.skipped).toHaveLength(1);
    const stored = await matches.load(thingName);
    expect(stored.match?.score).toEqual({ red: 1, blue: 0 });
    expect(stored.match?.seenEventIds).toEqual([goal.eventId]);
    // Only what was not replayed stays in the queue.
    expect(queue.bodies().map((body) => parseUndelivered(body))).toEqual([
      expect.objectContaining({ kind: 'goal', event: expect.objectContaining({ eventId: broken.eventId }) }),
      expect.objectContaining({ kind: 'unreplayable' }),
    ]);
    expect(reportLines(report).at(-1)).toBe(
      '2 replayed and deleted, 1 still failing, 1 left as not replayable.',
    );
  });
});
