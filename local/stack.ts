import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startLocalStack } from './start-stack';
import { startStackBoard } from './web/stack-board';

/*
 * `npm run local`: the local stack in the foreground. Stdout carries exactly one line, the
 * JSON of what started, so tools can read it; everything else goes to stderr.
 */

function portFromEnv(name: string, fallback: number): number {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`${name} must be a port number (0 for any free port), got "${value}"`);
  }
  return port;
}

async function main(): Promise<void> {
  // Data lives under the project's .data/ (whatever the working directory) unless LOCAL_DATA_DIR says otherwise.
  const dataDir = process.env.LOCAL_DATA_DIR
    ? resolve(process.env.LOCAL_DATA_DIR)
    : fileURLToPath(new URL('../.data', import.meta.url));
  const stack = await startLocalStack({
    dynamodbPort: portFromEnv('LOCAL_DYNAMODB_PORT', 8000),
    dbPath: join(dataDir, 'dynamodb'),
    shadowFile: join(dataDir, 'shadows.json'),
    tableName: process.env.TABLE_NAME || 'babyfoot',
    mqttPort: portFromEnv('LOCAL_MQTT_PORT', 1883),
    iotPort: portFromEnv('LOCAL_IOT_PORT', 8443),
  });
  const board = await startStackBoard(stack.info, process.env);
  process.stdout.write(`${JSON.stringify({ ...stack.info, web: board.url })}\n`);
  const exports = Object.entries(stack.env).map(([name, value]) => `${name}=${value}`);
  console.error(
    `Local stack running (data in ${dataDir}). Environment for the Lambda code:\n  ${exports.join(' ')}`,
  );
  console.error('Ctrl-C to stop.');

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal}: stopping the local stack`);
    Promise.all([board.stop(), stack.stop()]).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
