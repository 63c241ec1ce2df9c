import { z } from 'zod';

const sensorStateSchema = z.enum(['ok', 'blocked', 'noisy', 'unavailable']);

/**
 * A goal sensor's health as the bridge reports it: `blocked` (beam cut too long), `noisy`
 * (bursts), `unavailable` (nothing reads it: its GPIO watcher died; goals must be given by voice).
 */
export type SensorState = z.infer<typeof sensorStateSchema>;

/** Each goal sensor's health, keyed by the goal it sits in; a sensor the bridge did not report is absent. */
export type SensorsReport = Partial<Record<'red' | 'blue', SensorState>>;

/**
 * Whether the table is connected to IoT Core, as the presence rules last wrote it
 * (`reported.connected` with `connectedAt` / `disconnectedAt`, epoch ms on IoT Core's clock).
 */
export interface Presence {
  connected: boolean;
  /** When it connected (connected) or disconnected (not connected); undefined when not written. */
  since: number | undefined;
}

/**
 * What the backend reads of a GetThingShadow answer. Loose on purpose: the table writes
 * `reported` and may write more than this, or something wrong; what does not fit is left out.
 */
const shadowDocumentSchema = z.object({
  version: z.number().int(),
  state: z
    .object({
      desired: z
        .object({
          revision: z.number().int().optional().catch(undefined),
          match: z.object({ id: z.string().nullable().optional() }).optional().catch(undefined),
        })
        .optional(),
      reported: z
        .object({
          sensors: z
            .object({ red: sensorStateSchema.optional(), blue: sensorStateSchema.optional() })
            .optional()
            .catch(undefined),
          connected: z.boolean().optional().catch(undefined),
          connectedAt: z.number().optional().catch(undefined),
          disconnectedAt: z.number().optional().catch(undefined),
        })
        .optional(),
    })
    .default({}),
});

export interface ShadowFacts {
  /** The shadow's version, for an UpdateThingShadow that must not overwrite a newer write. */
  version: number;
  /** The table revision the desired match was written at; undefined before any revision. */
  revision: number | undefined;
  /** The id of the match the shadow shows; undefined when it shows none. */
  matchId: string | undefined;
  sensors: SensorsReport | undefined;
  /** Undefined when the presence rules never wrote the shadow (the table never connected since). */
  presence: Presence | undefined;
}

/** Reads a GetThingShadow payload; undefined when it is not a shadow document. */
export function parseShadowDocument(payload: Uint8Array | undefined): ShadowFacts | undefined {
  if (!payload) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(payload));
  } catch {
    return undefined;
  }
  const parsed = shadowDocumentSchema.safeParse(json);
  if (!parsed.success) return undefined;
  const { version, state } = parsed.data;
  return {
    version,
    revision: state.desired?.revision,
    matchId: state.desired?.match?.id ?? undefined,
    sensors: state.reported?.sensors,
    presence: presenceOf(state.reported),
  };
}

function presenceOf(
  reported: { connected?: boolean; connectedAt?: number; disconnectedAt?: number } | undefined,
): Presence | undefined {
  if (reported?.connected === undefined) return undefined;
  const connected = reported.connected;
  return { connected, since: connected ? reported.connectedAt : reported.disconnectedAt };
}
