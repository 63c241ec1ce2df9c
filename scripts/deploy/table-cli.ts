import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { IoTClient } from '@aws-sdk/client-iot';
import { z } from 'zod';
import { DEFAULT_DEVICE_POLICY } from './iot-control-plane';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const askRegionSchema = z.object({
  profiles: z.object({
    default: z.object({ skillInfrastructure: z.object({ userConfig: z.object({ awsRegion: z.string() }) }) }),
  }),
});

/** The region `ask deploy` puts the stack in (ask-resources.json), where the tables must live too. */
export function stackRegion(projectRoot: string): string {
  const resources = askRegionSchema.parse(
    JSON.parse(readFileSync(join(projectRoot, 'ask-resources.json'), 'utf8')),
  );
  return resources.profiles.default.skillInfrastructure.userConfig.awsRegion;
}

/** The command line of `table:add` / `table:remove`: `<name> [--region r] [--policy p] [--out dir]`. */
export function parseTableArgs(args: string[], usage: string) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      region: { type: 'string' },
      policy: { type: 'string', default: DEFAULT_DEVICE_POLICY },
      out: { type: 'string' },
    },
  });
  const [tableName, ...extra] = positionals;
  if (tableName === undefined || extra.length > 0) throw new Error(usage);
  return { tableName, policyName: values.policy, out: values.out, region: values.region };
}

/** A real IoT client in the stack's region (credentials from the usual AWS profile chain). */
export function iotClient(region: string | undefined): IoTClient {
  return new IoTClient({ region: region ?? process.env.AWS_REGION ?? stackRegion(PROJECT_ROOT) });
}

/** Runs a CLI's main, printing only the message of an error a user can act on. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
