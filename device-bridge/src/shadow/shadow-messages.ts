import { z } from 'zod';

const stateObject = z.record(z.string(), z.unknown());

/** `…/shadow/get/accepted`: the whole document. */
export const getAcceptedSchema = z.object({
  state: z.object({ desired: stateObject.optional(), reported: stateObject.optional() }).default({}),
  version: z.number().int(),
});

/** `…/shadow/update/delta`: desired leaves that differ from reported. */
export const deltaSchema = z.object({ state: stateObject, version: z.number().int() });

/** `…/shadow/update/accepted`: its version, client token, and the desired keys the update deleted. */
export const updateAcceptedSchema = z.object({
  version: z.number().int(),
  clientToken: z.string().optional(),
  state: z.object({ desired: stateObject.nullable().optional() }).optional(),
});

/** `…/get/rejected` and `…/update/rejected`. */
export const shadowErrorSchema = z.object({
  code: z.number().int(),
  message: z.string().default(''),
  clientToken: z.string().optional(),
});

/** Parses a JSON payload with `schema`; undefined when it is not JSON or does not fit. */
export function parsePayload<T>(schema: z.ZodType<T>, payload: Buffer): T | undefined {
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
