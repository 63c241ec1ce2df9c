import { randomUUID } from 'node:crypto';
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { createTestTable } from '../../test/support/dynamodb';
import { newEcho } from '../../test/support/simulated-echo';
import { createBackend } from './backend';
import { createGoalEventHandler } from './goal-events';
import { alexaKeys, deviceEventKeys, lambdaLogger, withInvocationLog } from './lambda-log';
import type { MatchStore } from './store/ports';

const SKILL_ID = 'amzn1.ask.skill.babyfoot-log-test';
const lineSchema = z.looseObject({ level: z.string(), message: z.string(), timestamp: z.string() });
type Line = z.infer<typeof lineSchema>;

/** What the Lambda runtime hands each invocation, as far as the logger reads it. */
function lambdaContext(awsRequestId: string) {
  return {
    awsRequestId,
    functionName: 'babyfoot-skill',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:babyfoot-skill',
    memoryLimitInMB: '512',
    getRemainingTimeInMillis: () => 5000,
  };
}

/** The JSON lines Powertools writes (stdout for info, stderr for warnings and errors). */
let written: Line[] = [];

function capture(stream: NodeJS.WriteStream) {
  return vi.spyOn(stream, 'write').mockImplementation((chunk: unknown) => {
    for (const text of String(chunk).split('\n')) {
      if (text.trim().startsWith('{')) written.push(lineSchema.parse(JSON.parse(text)));
    }
    return true;
  });
}

beforeEach(() => {
  written = [];
  // Lambda sets it on an on-demand instance: Powertools then says cold_start on the first invocation.
  vi.stubEnv('AWS_LAMBDA_INITIALIZATION_TYPE', 'on-demand');
  capture(process.stdout);
  capture(process.stderr);
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('the Lambda log lines (Powertools Logger behind the Logger port)', () => {
  it('a voice turn to a win: every line carries the Alexa and Lambda request ids, cold start on the first invocation only', async () => {
    const table = await createTestTable();
    const log = lambdaLogger(new PowertoolsLogger({ serviceName: 'babyfoot' }));
    const thingName = `table-${randomUUID().slice(0, 8)}`;
    const backend = createBackend({
      config: { tableName: table.tableName, skillId: SKILL_ID, defaultThingName: thingName },
      dynamo: table.document,
      log,
    });
    const entry = withInvocationLog(log, alexaKeys, backend.handler);
    let invocation = 0;
    const requestIds: string[] = [];
    const echo = newEcho({
      locale: 'en-US',
      skillId: SKILL_ID,
      userId: 'amzn1.ask.account.player',
      invoke: (envelope) => {
        requestIds.push(envelope.request.requestId);
        invocation += 1;
        return entry(envelope, lambdaContext(`lambda-request-${invocation}`));
      },
    });

    await echo.say('ask baby foot to start a match to 1 between Alice and Bob');
    await echo.say('goal for the reds');

    const started = written.find((line) => line.message === 'match started');
    expect(started).toMatchObject({
      level: 'INFO',
      service: 'babyfoot',
      alexaRequestId: requestIds[0],
      function_request_id: 'lambda-request-1',
      cold_start: true,
    });
    expect(Date.parse(started?.timestamp ?? '')).not.toBeNaN();
    // The voice goal is `voice:<Alexa request id>`: its lines carry that id.
    const second = written.filter((line) => line.function_request_id === 'lambda-request-2');
    expect(second.length).toBeGreaterThan(0);
    for (const line of second)
      expect(line).toMatchObject({ alexaRequestId: requestIds[1], cold_start: false });
    // The winning goal is counted as a metric in the same line (CloudWatch's Embedded Metric Format).
    expect(second.find((line) => line.message === 'match finished')).toMatchObject({
      MatchesFinished: 1,
      _aws: {
        CloudWatchMetrics: [{ Namespace: 'Babyfoot', Metrics: [{ Name: 'MatchesFinished', Unit: 'Count' }] }],
      },
    });
    // Nothing of one invocation leaks into a line logged outside it.
    log.info('between invocations');
    expect(written.at(-1)).not.toHaveProperty('alexaRequestId');
  });

  it('a goal event that fails: its eventId, the error’s stack and cause, and the EventsFailed metric', async () => {
    const log = lambdaLogger(new PowertoolsLogger({ serviceName: 'babyfoot' }));
    const down = new Error('DynamoDB unreachable', {
      cause: new Error('connect ECONNREFUSED 127.0.0.1:8000'),
    });
    const failing = new Proxy(
      {},
      {
        get: () => async () => {
          throw down;
        },
      },
    ) as MatchStore;
    const entry = withInvocationLog(
      log,
      deviceEventKeys,
      createGoalEventHandler({ matches: failing, log, now: Date.now }),
      { failed: 'EventsFailed' },
    );
    const event = {
      eventId: 'ev-42',
      at: Date.now(),
      thingName: 'babyfoot-office-1',
      matchId: 'm-1',
      team: 'red',
    };

    await expect(entry(event, lambdaContext('lambda-goal-1'))).rejects.toBe(down);

    const failed = written.find((line) => line.message === 'event not processed: Lambda retries it');
    expect(failed).toMatchObject({
      level: 'ERROR',
      eventId: 'ev-42',
      thingName: 'babyfoot-office-1',
      matchId: 'm-1',
      function_request_id: 'lambda-goal-1',
      EventsFailed: 1,
      error: {
        name: 'Error',
        message: 'DynamoDB unreachable',
        stack: expect.stringContaining('lambda-log.test.ts'),
        cause: { message: 'connect ECONNREFUSED 127.0.0.1:8000' },
      },
      _aws: {
        CloudWatchMetrics: [{ Namespace: 'Babyfoot', Metrics: [{ Name: 'EventsFailed', Unit: 'Count' }] }],
      },
    });
  });
});
