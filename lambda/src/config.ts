import { z } from 'zod';

const thingName = z.string().regex(/^[a-zA-Z0-9:_-]+$/, 'a thing name: letters, digits, ":", "_" or "-"');

const envSchema = z.object({
  TABLE_NAME: z.string().min(3),
  SKILL_ID: z.string().min(1).optional(),
  DEFAULT_THING_NAME: thingName.optional(),
});

/** What the backend reads from its environment (DESIGN.md, "Configuration by environment"). */
export interface BackendConfig {
  tableName: string;
  /** Requests from another skill are refused; unset, every skill ID is accepted (local stack). */
  skillId?: string;
  /**
   * The table an Echo with no pairing drives: for a private skill on one table only. Unset
   * (the shipped settings), an Echo drives only a table it linked with the table's code.
   */
  defaultThingName?: string;
}

export class InvalidConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvalidConfigError';
  }
}

/** Reads and checks the configuration; a bad one fails at start with the variable named. */
export function readConfig(env: NodeJS.ProcessEnv): BackendConfig {
  const parsed = envSchema.safeParse({
    TABLE_NAME: env.TABLE_NAME,
    SKILL_ID: env.SKILL_ID || undefined,
    DEFAULT_THING_NAME: env.DEFAULT_THING_NAME || undefined,
  });
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
      .join('; ');
    throw new InvalidConfigError(`Invalid backend configuration: ${problems}`, { cause: parsed.error });
  }
  return {
    tableName: parsed.data.TABLE_NAME,
    skillId: parsed.data.SKILL_ID,
    defaultThingName: parsed.data.DEFAULT_THING_NAME,
  };
}
