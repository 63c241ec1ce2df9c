import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';

const teamSchema = z.enum(['red', 'blue']);

const goalSensorSchema = z.object({
  /** Line offset on the GPIO chip (on a Raspberry Pi: the BCM number, e.g. 17 for GPIO17). */
  gpioLine: z.number().int().min(0),
  chip: z.string().min(1).default('gpiochip0'),
  /** Team credited when the beam of this goal is cut; by default the team attacking this goal. */
  credits: teamSchema.optional(),
  /** Level of the signal while the beam is cut: break-beam receivers pull the line low. */
  cutLevel: z.enum(['low', 'high']).default('low'),
});

/** The second beam of a goal that times shots, behind the goal's own. */
const speedBeamSchema = z.object({
  gpioLine: z.number().int().min(0),
  chip: z.string().min(1).default('gpiochip0'),
  cutLevel: z.enum(['low', 'high']).default('low'),
});

/**
 * Shot speed (optional hardware): a second beam `distanceMm` behind a goal's beam. A goal
 * waits at most `windowMs` for it; the simulated driver times every goal.
 */
const shotSpeedSchema = z.object({
  distanceMm: z.number().positive().max(500),
  windowMs: z.number().int().positive().max(2000).default(250),
  red: speedBeamSchema.optional(),
  blue: speedBeamSchema.optional(),
});

const endpointSchema = z.string().refine((value) => /^mqtts?:\/\/[^/:\s]+(:\d{1,5})?\/?$/.test(value), {
  message: 'must look like mqtts://<prefix>-ats.iot.<region>.amazonaws.com:8883 or mqtt://127.0.0.1:1883',
});

export const bridgeConfigSchema = z
  .object({
    thingName: z
      .string()
      .min(1)
      .max(128)
      .regex(/^[a-zA-Z0-9:_-]+$/, 'thing names may only hold letters, digits, ":", "_" and "-"'),
    endpoint: endpointSchema,
    /**
     * The broker's port, instead of the endpoint's. 443 is IoT Core's MQTT over TLS with the
     * ALPN protocol `x-amzn-mqtt-ca`, for networks that block 8883.
     */
    port: z.number().int().min(1).max(65_535).optional(),
    caPath: z.string().min(1).optional(),
    certPath: z.string().min(1).optional(),
    keyPath: z.string().min(1).optional(),
    outboxDir: z.string().min(1),
    debounceMs: z.number().int().positive().default(1500),
    blockedAfterMs: z.number().int().positive().default(5000),
    noisyBurst: z.number().int().min(2).default(5),
    /** How long a sensor must stay quiet (beam whole, no cut) to be trusted again. */
    quietMs: z.number().int().positive().default(10_000),
    reconnect: z
      .object({ minMs: z.number().int().positive(), maxMs: z.number().int().positive() })
      .default({ minMs: 1000, maxMs: 30_000 }),
    /** A goal's PUBACK later than this means the connection is dead: it is dropped and made again. */
    ackTimeoutMs: z.number().int().positive().default(10_000),
    sensors: z
      .object({
        driver: z.enum(['simulated', 'gpio']),
        red: goalSensorSchema.optional(),
        blue: goalSensorSchema.optional(),
        /** Restarts of a dead GPIO watcher before the bridge exits non-zero (systemd restarts it). */
        maxRestarts: z.number().int().min(0).default(3),
        /** Wait before the first restart of the GPIO watcher, doubled each time. */
        restartDelayMs: z.number().int().positive().default(1000),
        speed: shotSpeedSchema.optional(),
      })
      .default({ driver: 'simulated', maxRestarts: 3, restartDelayMs: 1000 }),
  })
  .superRefine((config, ctx) => {
    if (config.endpoint.startsWith('mqtts://')) {
      for (const key of ['caPath', 'certPath', 'keyPath'] as const) {
        if (config[key] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: 'required for an mqtts:// endpoint (TLS client certificate)',
          });
        }
      }
    }
    const endpointPort = portOf(config.endpoint);
    if (config.port !== undefined && endpointPort !== undefined && endpointPort !== config.port) {
      ctx.addIssue({
        code: 'custom',
        path: ['port'],
        message: `${config.port} differs from the endpoint's port ${endpointPort}: give the port once`,
      });
    }
    if (config.port === 443 && !config.endpoint.startsWith('mqtts://')) {
      ctx.addIssue({
        code: 'custom',
        path: ['port'],
        message: "443 is IoT Core's MQTT over TLS (ALPN x-amzn-mqtt-ca): it needs an mqtts:// endpoint",
      });
    }
    if (config.sensors.driver === 'gpio' && !config.sensors.red && !config.sensors.blue) {
      ctx.addIssue({
        code: 'custom',
        path: ['sensors'],
        message: 'the gpio driver needs at least one of red / blue',
      });
    }
    for (const goal of ['red', 'blue'] as const) {
      const beam = config.sensors.speed?.[goal];
      const taken = (['red', 'blue'] as const).flatMap((other) => {
        const line = config.sensors[other];
        return line !== undefined && line.chip === beam?.chip && line.gpioLine === beam.gpioLine
          ? [other]
          : [];
      });
      if (beam !== undefined && taken.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['sensors', 'speed', goal, 'gpioLine'],
          message: `${beam.gpioLine} is already the ${taken.join(' and ')} goal's beam: the speed beam needs its own line`,
        });
      }
    }
    if (config.reconnect.maxMs < config.reconnect.minMs) {
      ctx.addIssue({
        code: 'custom',
        path: ['reconnect', 'maxMs'],
        message: 'must be at least reconnect.minMs',
      });
    }
  });

function portOf(endpoint: string): number | undefined {
  const match = /:(\d{1,5})\/?$/.exec(endpoint);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** The port the bridge connects to: `port`, else the endpoint's, else MQTT's defaults. */
export function brokerPort(config: Pick<BridgeConfig, 'endpoint' | 'port'>): number {
  return config.port ?? portOf(config.endpoint) ?? (config.endpoint.startsWith('mqtts://') ? 8883 : 1883);
}

/** The bridge's configuration, with defaults filled in. */
export type BridgeConfig = z.infer<typeof bridgeConfigSchema>;
export type GoalSensorConfig = z.infer<typeof goalSensorSchema>;
export type SpeedBeamConfig = z.infer<typeof speedBeamSchema>;
export type ShotSpeedConfig = z.infer<typeof shotSpeedSchema>;

/** A configuration file that cannot be used; `problems` names each field and why. */
export class BridgeConfigError extends Error {
  constructor(
    readonly problems: string[],
    options?: { cause?: unknown },
  ) {
    super(`Invalid bridge config:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`, options);
    this.name = 'BridgeConfigError';
  }
}

/** Checks a parsed JSON value against the config schema; throws `BridgeConfigError`. */
export function parseBridgeConfig(input: unknown): BridgeConfig {
  const parsed = bridgeConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    return `${field}: ${issue.message}`;
  });
  throw new BridgeConfigError(problems, { cause: parsed.error });
}

/**
 * Reads a JSON config file. Relative paths inside it (outbox, certificates) are taken
 * relative to the file, so a systemd unit works whatever its working directory.
 */
export async function loadBridgeConfig(path: string): Promise<BridgeConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new BridgeConfigError([`cannot read ${path}`], { cause: error });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BridgeConfigError([`${path} is not valid JSON`], { cause: error });
  }
  const config = parseBridgeConfig(json);
  const base = dirname(resolve(path));
  const fromFile = (p: string | undefined) => (p === undefined ? undefined : resolve(base, p));
  const resolved = {
    ...config,
    outboxDir: resolve(base, config.outboxDir),
    caPath: fromFile(config.caPath),
    certPath: fromFile(config.certPath),
    keyPath: fromFile(config.keyPath),
  };
  const problems = await certificateProblems(resolved);
  if (problems.length > 0) throw new BridgeConfigError(problems);
  return resolved;
}

/**
 * Reads each certificate file now, so a missing or unreadable one stops the bridge at start
 * with its name, rather than as a TLS error on every reconnection.
 */
async function certificateProblems(config: BridgeConfig): Promise<string[]> {
  const problems: string[] = [];
  for (const key of ['caPath', 'certPath', 'keyPath'] as const) {
    const file = config[key];
    if (file === undefined) continue;
    const problem = await pemProblem(file);
    if (problem) problems.push(`${key}: ${file}: ${problem}`);
  }
  return problems;
}

async function pemProblem(file: string): Promise<string | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? error.code : undefined;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES' || code === 'EPERM') {
      const uid = typeof process.getuid === 'function' ? ` (uid ${process.getuid()})` : '';
      return `not readable by this user${uid}: the service runs as babyfoot, so make it root:babyfoot, mode 0640`;
    }
    if (code === 'EISDIR') return 'is a folder, not a certificate file';
    return `cannot be read (${String(code ?? error)})`;
  }
  return text.includes('-----BEGIN ') ? undefined : 'is not a PEM file (no "-----BEGIN" line)';
}
