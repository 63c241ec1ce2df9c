import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Logger } from './logger';
import { logCountedError, type MetricName } from './metrics';

/**
 * The `Logger` port on Powertools for AWS Lambda's Logger: JSON lines with a timestamp, the
 * level Lambda's log-level filter reads (`LoggingConfig.ApplicationLogLevel`, passed to it as
 * `AWS_LAMBDA_LOG_LEVEL`), the Lambda context (`function_request_id`, `cold_start`, …) and the
 * invocation's own keys; an `Error` in the fields keeps its name, message, stack and cause.
 */
export interface LambdaLogger extends Logger {
  /** Runs one invocation with its Lambda context and keys on every line it logs, then drops them. */
  invocation<R>(context: unknown, keys: Record<string, unknown>, run: () => Promise<R>): Promise<R>;
}

export function lambdaLogger(logger = new PowertoolsLogger({ serviceName: 'babyfoot' })): LambdaLogger {
  return {
    info: (message, fields) => logger.info(message, fields ?? {}),
    warn: (message, fields) => logger.warn(message, fields ?? {}),
    error: (message, fields) => logger.error(message, fields ?? {}),
    async invocation(context, keys, run) {
      if (isLambdaContext(context)) logger.addContext(context);
      logger.appendKeys(definedOnly(keys));
      try {
        return await run();
      } finally {
        logger.resetKeys();
      }
    },
  };
}

/** The parts of Lambda's context object Powertools reads; the local stack passes none. */
interface LambdaContext {
  awsRequestId: string;
  functionName: string;
  functionVersion: string;
  invokedFunctionArn: string;
  memoryLimitInMB: string;
}

function isLambdaContext(value: unknown): value is LambdaContext {
  return (
    typeof value === 'object' && value !== null && typeof Reflect.get(value, 'awsRequestId') === 'string'
  );
}

function definedOnly(keys: Record<string, unknown>): Record<string, string | number | boolean> {
  const kept: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(keys)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      kept[key] = value;
  }
  return kept;
}

/** Reads `event.a.b…` from an event not yet validated (the entries validate it themselves). */
function pathOf(event: unknown, ...path: string[]): unknown {
  let value = event;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}

/** What every line of one Alexa request carries: its request id (the voice goal's `voice:<id>`) and type. */
export function alexaKeys(event: unknown): Record<string, unknown> {
  return {
    alexaRequestId: pathOf(event, 'request', 'requestId'),
    requestType: pathOf(event, 'request', 'type'),
    alexaSessionId: pathOf(event, 'session', 'sessionId'),
  };
}

/** What every line of one table event carries: the device's `eventId`, its table and match. */
export function deviceEventKeys(event: unknown): Record<string, unknown> {
  return {
    eventId: pathOf(event, 'eventId'),
    thingName: pathOf(event, 'thingName'),
    matchId: pathOf(event, 'matchId'),
  };
}

/** What every line of one scoreboard request carries: the function URL's request id. */
export function functionUrlKeys(event: unknown): Record<string, unknown> {
  return { urlRequestId: pathOf(event, 'requestContext', 'requestId') };
}

/**
 * A Lambda entry whose every line carries its invocation's context and keys. With `failed`, an
 * invocation that rejects (Lambda retries it, then sends it to its on-failure destination) is
 * logged with its error and counted under that metric before it rejects.
 */
export function withInvocationLog<E, C, R>(
  log: LambdaLogger,
  keysOf: (event: E) => Record<string, unknown>,
  serve: (event: E, context?: C) => Promise<R>,
  options: { failed?: MetricName } = {},
): (event: E, context?: C) => Promise<R> {
  return (event, context) =>
    log.invocation(context, keysOf(event), async () => {
      try {
        return await serve(event, context);
      } catch (error) {
        if (options.failed)
          logCountedError(log, options.failed, 'event not processed: Lambda retries it', { error });
        throw error;
      }
    });
}
