import { DeleteMessageCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { z } from 'zod';

/*
 * What the undelivered-event queue holds, and how each is re-driven. Two writers put table
 * events there (infrastructure/skill-stack.json):
 * - a topic rule's error action (`ErrorAction.Sqs`, UseBase64 false), when IoT Core could not
 *   invoke the function: IoT's error message, the device's payload in `base64OriginalPayload`
 *   and its topic `babyfoot/<thing>/events/<kind>` (the rule's SQL adds `topic(2) AS thingName`);
 * - Lambda's on-failure destination (`EventInvokeConfig`), when every retry of an asynchronous
 *   invocation failed: a record with the event as the rule handed it, in `requestPayload`.
 */

export type EventKind = 'goal' | 'pairing';

export type Undelivered =
  | {
      kind: EventKind;
      event: Record<string, unknown>;
      source: 'rule error' | 'on-failure record';
      error?: string;
    }
  | { kind: 'unreplayable'; reason: string };

const ruleErrorSchema = z.object({
  ruleName: z.string().optional(),
  topic: z.string(),
  base64OriginalPayload: z.string(),
  failures: z.array(z.object({ errorMessage: z.string().optional() })).optional(),
});

const onFailureSchema = z.object({
  requestContext: z.object({ functionArn: z.string(), condition: z.string().optional() }),
  requestPayload: z.record(z.string(), z.unknown()),
  responsePayload: z.object({ errorMessage: z.string().optional() }).loose().nullish(),
});

const TABLE_EVENT_TOPIC = /^babyfoot\/([^/]+)\/events\/(goal|pairing)$/;

function kindOfPayload(event: Record<string, unknown>, functionArn: string): EventKind {
  // The function's name (…GoalEvent… or …PairingEvent…), else the event itself: goals have a team.
  if (/goal/i.test(functionArn)) return 'goal';
  if (/pairing/i.test(functionArn)) return 'pairing';
  return 'team' in event ? 'goal' : 'pairing';
}

/** Reads one message body of the queue: the table event in it and which handler it is for. */
export function parseUndelivered(body: string): Undelivered {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { kind: 'unreplayable', reason: 'not JSON' };
  }
  const ruleError = ruleErrorSchema.safeParse(json);
  if (ruleError.success) {
    const { topic, base64OriginalPayload, failures } = ruleError.data;
    const match = TABLE_EVENT_TOPIC.exec(topic);
    if (!match) return { kind: 'unreplayable', reason: `rule error on ${topic}: not a table event` };
    let payload: unknown;
    try {
      payload = JSON.parse(Buffer.from(base64OriginalPayload, 'base64').toString('utf8'));
    } catch {
      return { kind: 'unreplayable', reason: `rule error on ${topic}: the payload is not JSON` };
    }
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
      return { kind: 'unreplayable', reason: `rule error on ${topic}: the payload is not an object` };
    const error = failures?.find((f) => f.errorMessage)?.errorMessage;
    return {
      kind: match[2] === 'goal' ? 'goal' : 'pairing',
      // What the rule's SQL would have handed over: the payload and `topic(2) AS thingName`.
      event: { ...payload, thingName: match[1] },
      source: 'rule error',
      ...(error === undefined ? {} : { error }),
    };
  }
  const record = onFailureSchema.safeParse(json);
  if (record.success) {
    const { requestContext, requestPayload, responsePayload } = record.data;
    const error = responsePayload?.errorMessage ?? requestContext.condition;
    return {
      kind: kindOfPayload(requestPayload, requestContext.functionArn),
      event: requestPayload,
      source: 'on-failure record',
      ...(error === undefined ? {} : { error }),
    };
  }
  return { kind: 'unreplayable', reason: 'neither a rule error nor an on-failure record' };
}

/** The backend's entries a table event is re-driven through (idempotent: `eventId`). */
export type EventHandlers = Record<EventKind, (event: unknown) => Promise<unknown>>;

export interface ReplayReport {
  /** Re-driven and deleted from the queue, with what the handler made of each. */
  replayed: Array<{ kind: EventKind; eventId: unknown; thingName: unknown; outcome: unknown }>;
  /** Re-driven, failed again: left in the queue. */
  failed: Array<{ kind: EventKind; eventId: unknown; thingName: unknown; error: string }>;
  /** Not a table event this tool can re-drive (a presence rule's error, say): left in the queue. */
  skipped: Array<{ messageId: string | undefined; reason: string }>;
}

export interface ReplayOptions {
  sqs: SQSClient;
  queueUrl: string;
  handlers: EventHandlers;
  /** How long a message received stays hidden from another receive; longer than one replay. */
  visibilityTimeoutSeconds?: number;
}

/**
 * Receives every message of the queue once, re-drives each table event through its handler,
 * deletes what succeeded and leaves the rest (they come back after the visibility timeout).
 */
export async function replayUndelivered(options: ReplayOptions): Promise<ReplayReport> {
  const report: ReplayReport = { replayed: [], failed: [], skipped: [] };
  const seen = new Set<string>();
  for (;;) {
    const { Messages = [] } = await options.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: options.queueUrl,
        MaxNumberOfMessages: 10,
        WaitTimeSeconds: 1,
        VisibilityTimeout: options.visibilityTimeoutSeconds ?? 300,
      }),
    );
    const fresh = Messages.filter((m) => m.MessageId === undefined || !seen.has(m.MessageId));
    if (fresh.length === 0) return report;
    for (const message of fresh) {
      if (message.MessageId !== undefined) seen.add(message.MessageId);
      const undelivered = parseUndelivered(message.Body ?? '');
      if (undelivered.kind === 'unreplayable') {
        report.skipped.push({ messageId: message.MessageId, reason: undelivered.reason });
        continue;
      }
      const { kind, event } = undelivered;
      const ids = { kind, eventId: event.eventId, thingName: event.thingName };
      try {
        const outcome = await options.handlers[kind](event);
        await options.sqs.send(
          new DeleteMessageCommand({ QueueUrl: options.queueUrl, ReceiptHandle: message.ReceiptHandle }),
        );
        report.replayed.push({ ...ids, outcome });
      } catch (error) {
        report.failed.push({ ...ids, error: error instanceof Error ? error.message : String(error) });
      }
    }
  }
}

/** The report as the script prints it: one line a event, then the totals. */
export function reportLines(report: ReplayReport): string[] {
  const status = (outcome: unknown) =>
    typeof outcome === 'object' && outcome !== null && 'status' in outcome ? String(outcome.status) : 'done';
  return [
    ...report.replayed.map((r) => `replayed ${r.kind} ${r.eventId} (${r.thingName}): ${status(r.outcome)}`),
    ...report.failed.map((r) => `still failing ${r.kind} ${r.eventId} (${r.thingName}): ${r.error}`),
    ...report.skipped.map((r) => `left in the queue ${r.messageId}: ${r.reason}`),
    `${report.replayed.length} replayed and deleted, ${report.failed.length} still failing, ${report.skipped.length} left as not replayable.`,
  ];
}
