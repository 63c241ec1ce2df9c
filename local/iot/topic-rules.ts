import type { Aedes, AedesPublishPacket } from 'aedes';
import type { CallCounter } from './call-counter';
import { type JsonObject, jsonObjectSchema } from './json-value';
import { listenInBroker } from './mqtt-broker';

/** What a rule `SELECT *, topic(2) AS thingName FROM '…'` hands to its action. */
export type RuleEvent = JsonObject & { thingName: string };

/**
 * An IoT topic rule whose action invokes a Lambda function asynchronously.
 * `handle` plays the function: the rule does not wait for it, and when it throws it is retried
 * like Lambda retries an asynchronous invocation.
 */
export interface TopicRule {
  /** The FROM clause, e.g. `babyfoot/+/events/goal`; `topic(2)` is its second level. */
  topicFilter: string;
  handle: (event: RuleEvent) => Promise<unknown>;
}

/** An event whose invocations all failed: kept as the on-failure destination would keep it. */
export interface DeadLetter {
  topicFilter: string;
  topic: string;
  event: RuleEvent;
  attempts: number;
  error: string;
  failedAt: string;
}

export interface TopicRuleOptions {
  /** Waits before each retry; Lambda retries twice (after about 1 and 2 minutes on AWS). */
  retryDelaysMs?: readonly number[];
  counter: CallCounter;
  log: (line: string) => void;
}

/** Rules running on the broker. */
export interface RunningRules {
  deadLetters(): readonly DeadLetter[];
  /** Resolves when no invocation is running or waiting for a retry. */
  idle(): Promise<void>;
  /** Stops listening, drops pending retries and waits for running invocations. */
  stop(): Promise<void>;
}

/** Local default: the shape of Lambda's retries, in seconds rather than minutes. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1_000, 2_000];

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

function eventOf(packet: AedesPublishPacket): RuleEvent | string {
  const text = Buffer.from(packet.payload).toString('utf8');
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return 'payload is not JSON';
  }
  const parsed = jsonObjectSchema.safeParse(payload);
  if (!parsed.success) return 'payload is not a JSON object';
  const thingName = packet.topic.split('/')[1] ?? '';
  return { ...parsed.data, thingName };
}

/** Starts the rules on the broker: every message matching a rule's filter invokes its action. */
export async function runTopicRules(
  aedes: Aedes,
  rules: readonly TopicRule[],
  options: TopicRuleOptions,
): Promise<RunningRules> {
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  const { counter, log } = options;
  const deadLetters: DeadLetter[] = [];
  const running = new Set<Promise<void>>();
  const waits = new Map<NodeJS.Timeout, () => void>();
  let stopped = false;

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        waits.delete(timer);
        resolve();
      }, ms);
      waits.set(timer, resolve);
    });

  const invoke = async (rule: TopicRule, topic: string, event: RuleEvent) => {
    for (let attempt = 1; ; attempt += 1) {
      counter.count('rule.invoke');
      try {
        await Promise.resolve().then(() => rule.handle(structuredClone(event)));
        return;
      } catch (error) {
        const delay = delays[attempt - 1];
        if (delay === undefined) {
          counter.count('rule.deadLetter');
          const failedAt = new Date().toISOString();
          deadLetters.push({
            topicFilter: rule.topicFilter,
            topic,
            event,
            attempts: attempt,
            error: describeError(error),
            failedAt,
          });
          log(
            `iot rule ${rule.topicFilter}: ${topic} failed ${attempt} times, dead-lettered: ${describeError(error)}`,
          );
          return;
        }
        log(
          `iot rule ${rule.topicFilter}: ${topic} attempt ${attempt} failed, retrying in ${delay} ms: ${describeError(error)}`,
        );
        await pause(delay);
        if (stopped) {
          log(`iot rule ${rule.topicFilter}: ${topic} retry dropped at shutdown`);
          return;
        }
        counter.count('rule.retry');
      }
    }
  };

  const onMessage = (rule: TopicRule) => (packet: AedesPublishPacket) => {
    if (stopped) return;
    const event = eventOf(packet);
    if (typeof event === 'string') {
      // The rule's error action: the message is logged and dropped.
      counter.count('rule.error');
      log(`iot rule ${rule.topicFilter}: dropped message on ${packet.topic}: ${event}`);
      return;
    }
    const invocation = invoke(rule, packet.topic, event).finally(() => running.delete(invocation));
    running.add(invocation);
  };

  const unsubscribes = await Promise.all(
    rules.map((rule) => listenInBroker(aedes, rule.topicFilter, onMessage(rule))),
  );

  const idle = async () => {
    while (running.size > 0) await Promise.all(running);
  };
  return {
    deadLetters: () => [...deadLetters],
    idle,
    async stop() {
      stopped = true;
      await Promise.all(unsubscribes.map((unsubscribe) => unsubscribe()));
      for (const [timer, resolve] of waits) {
        clearTimeout(timer);
        resolve();
      }
      waits.clear();
      await idle();
    },
  };
}
