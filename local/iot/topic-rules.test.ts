import { afterEach, describe, expect, it } from 'vitest';
import { connectTestClient } from './mqtt-test-client';
import { type LocalIot, type RuleEvent, startLocalIot, type TopicRule } from './start-local-iot';

const GOAL_RULE = 'babyfoot/+/events/goal';

/** A stand-in for a Lambda function: records every event, fails as told, signals each call. */
function recordingFunction(failures: number) {
  const events: RuleEvent[] = [];
  let calls = 0;
  let wake: (() => void) | undefined;
  const handle = async (event: RuleEvent) => {
    events.push(event);
    calls += 1;
    wake?.();
    if (calls <= failures) throw new Error(`goal store unavailable (call ${calls})`);
  };
  const calledTimes = async (count: number) => {
    while (calls < count) await new Promise<void>((resolve) => (wake = resolve));
  };
  return { events, handle, calledTimes };
}

describe('topic rules invoke their function like an asynchronous Lambda invocation', () => {
  let iot: LocalIot | undefined;
  const logLines: string[] = [];

  afterEach(async () => {
    await iot?.stop();
    iot = undefined;
    logLines.length = 0;
  });

  async function startWith(rules: TopicRule[]) {
    iot = await startLocalIot({ rules, ruleRetryDelaysMs: [5, 5], log: (line) => logLines.push(line) });
    return { iot, table: await connectTestClient(iot.mqttUrl, { clientId: 'rule-test-table' }) };
  }

  it('hands the JSON payload plus thingName (topic level 2) to the function', async () => {
    // Prepare
    const goalFunction = recordingFunction(0);
    const { table } = await startWith([{ topicFilter: GOAL_RULE, handle: goalFunction.handle }]);
    const goal = { eventId: 'e-1', matchId: 'm-1', team: 'red', at: 1_700_000_000_000 };

    // Act
    await table.publishAsync('babyfoot/babyfoot-office-1/events/goal', JSON.stringify(goal), { qos: 1 });
    await goalFunction.calledTimes(1);
    await table.endAsync();

    // Assess
    expect(goalFunction.events).toEqual([{ ...goal, thingName: 'babyfoot-office-1' }]);
  });

  it('retries a throwing function twice, then succeeds without a dead letter', async () => {
    // Prepare
    const goalFunction = recordingFunction(2);
    const { iot, table } = await startWith([{ topicFilter: GOAL_RULE, handle: goalFunction.handle }]);

    // Act
    await table.publishAsync('babyfoot/t1/events/goal', JSON.stringify({ eventId: 'e-2' }), { qos: 1 });
    await goalFunction.calledTimes(1);
    await iot.rulesIdle();
    await table.endAsync();

    // Assess
    expect(goalFunction.events).toHaveLength(3);
    expect(goalFunction.events.every((event) => event.eventId === 'e-2')).toBe(true);
    expect(iot.deadLetters()).toEqual([]);
    expect(iot.stats()).toMatchObject({ 'rule.invoke': 3, 'rule.retry': 2 });
  });

  it('keeps the event in the dead letters and logs it after three failed attempts', async () => {
    // Prepare
    const goalFunction = recordingFunction(Number.POSITIVE_INFINITY);
    const { iot, table } = await startWith([{ topicFilter: GOAL_RULE, handle: goalFunction.handle }]);

    // Act
    await table.publishAsync('babyfoot/t2/events/goal', JSON.stringify({ eventId: 'e-3' }), { qos: 1 });
    await goalFunction.calledTimes(1);
    await iot.rulesIdle();
    await table.endAsync();

    // Assess
    expect(goalFunction.events).toHaveLength(3);
    expect(iot.deadLetters()).toMatchObject([
      {
        topicFilter: GOAL_RULE,
        topic: 'babyfoot/t2/events/goal',
        event: { eventId: 'e-3', thingName: 't2' },
        attempts: 3,
        error: 'goal store unavailable (call 3)',
      },
    ]);
    expect(logLines.some((line) => line.includes('dead-lettered'))).toBe(true);
  });

  it('logs and drops a payload that is not JSON, and routes a second rule on its own filter', async () => {
    // Prepare
    const goalFunction = recordingFunction(0);
    const pairingFunction = recordingFunction(0);
    const { table } = await startWith([
      { topicFilter: GOAL_RULE, handle: goalFunction.handle },
      { topicFilter: 'babyfoot/+/events/pairing', handle: pairingFunction.handle },
    ]);

    // Act
    await table.publishAsync('babyfoot/t3/events/goal', 'GOAL red', { qos: 1 });
    await table.publishAsync('babyfoot/t3/events/pairing', JSON.stringify({ code: '1234' }), { qos: 1 });
    await table.publishAsync('babyfoot/t3/events/goal', JSON.stringify({ eventId: 'e-4' }), { qos: 1 });
    await goalFunction.calledTimes(1);
    await pairingFunction.calledTimes(1);
    await table.endAsync();

    // Assess
    expect(goalFunction.events).toEqual([{ eventId: 'e-4', thingName: 't3' }]);
    expect(pairingFunction.events).toEqual([{ code: '1234', thingName: 't3' }]);
    expect(logLines.some((line) => line.includes('payload is not JSON'))).toBe(true);
  });
});
