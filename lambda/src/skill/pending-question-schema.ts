import { z } from 'zod';

const confirmation = z.enum(['NONE', 'DENIED', 'CONFIRMED']);
const resolutionsSchema = z.object({
  resolutionsPerAuthority: z
    .array(
      z.object({
        authority: z.string(),
        status: z.object({
          code: z.enum(['ER_SUCCESS_MATCH', 'ER_SUCCESS_NO_MATCH', 'ER_ERROR_TIMEOUT', 'ER_ERROR_EXCEPTION']),
        }),
        values: z.array(z.object({ value: z.object({ name: z.string(), id: z.string() }) })),
      }),
    )
    .optional(),
});

/** The intent a question fills in, as it goes back to Alexa with the next ElicitSlot. */
const intentSchema = z.object({
  name: z.string(),
  confirmationStatus: confirmation,
  slots: z
    .record(
      z.string(),
      z.object({
        name: z.string(),
        value: z.string().optional(),
        confirmationStatus: confirmation,
        resolutions: resolutionsSchema.optional(),
      }),
    )
    .optional(),
});

/** A question the skill asked to fill one slot, kept so it can be asked again after a misunderstanding. */
export const pendingQuestionSchema = z.object({
  intent: intentSchema,
  slot: z.string(),
  speech: z.string(),
  reprompt: z.string(),
});

export type PendingQuestion = z.infer<typeof pendingQuestionSchema>;
