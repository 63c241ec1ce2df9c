import { z } from 'zod';
import { speechText } from './speech';

const outputSpeechSchema = z.union([
  z.looseObject({ type: z.literal('SSML'), ssml: z.string() }),
  z.looseObject({ type: z.literal('PlainText'), text: z.string() }),
]);

const intentSchema = z.looseObject({
  name: z.string().min(1),
  confirmationStatus: z.enum(['NONE', 'CONFIRMED', 'DENIED']).optional(),
  slots: z
    .record(
      z.string(),
      z.looseObject({
        name: z.string(),
        value: z.string().optional(),
        confirmationStatus: z.enum(['NONE', 'CONFIRMED', 'DENIED']).optional(),
      }),
    )
    .optional(),
});

/** The Dialog directives the device acts on; any other directive is passed through untouched. */
export const dialogDirectiveSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('Dialog.ElicitSlot'),
    slotToElicit: z.string().min(1),
    updatedIntent: intentSchema.optional(),
  }),
  z.looseObject({
    type: z.literal('Dialog.ConfirmSlot'),
    slotToConfirm: z.string().min(1),
    updatedIntent: intentSchema.optional(),
  }),
  z.looseObject({ type: z.literal('Dialog.ConfirmIntent'), updatedIntent: intentSchema.optional() }),
  z.looseObject({ type: z.literal('Dialog.Delegate'), updatedIntent: intentSchema.optional() }),
  z.looseObject({
    type: z.literal('Dialog.UpdateDynamicEntities'),
    updateBehavior: z.enum(['REPLACE', 'CLEAR']),
    types: z
      .array(
        z.object({
          name: z.string(),
          values: z.array(
            z.object({
              id: z.string(),
              name: z.object({ value: z.string(), synonyms: z.array(z.string()).optional() }),
            }),
          ),
        }),
      )
      .optional(),
  }),
]);
export type DialogDirective = z.infer<typeof dialogDirectiveSchema>;
export type UpdatedIntent = z.infer<typeof intentSchema>;

/** The parts of a skill's response envelope the device reads. */
export const responseEnvelopeSchema = z.looseObject({
  version: z.string(),
  sessionAttributes: z.record(z.string(), z.unknown()).optional(),
  response: z.looseObject({
    outputSpeech: outputSpeechSchema.optional(),
    reprompt: z.looseObject({ outputSpeech: outputSpeechSchema.optional() }).optional(),
    directives: z.array(z.looseObject({ type: z.string() })).optional(),
    shouldEndSession: z.boolean().nullable().optional(),
  }),
});
export type SkillResponseEnvelope = z.infer<typeof responseEnvelopeSchema>;

/** The skill answered something Alexa would refuse. */
export class SkillResponseError extends Error {
  constructor(
    message: string,
    readonly response: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SkillResponseError';
  }
}

/** Checks a skill's answer against the response format. */
export function parseSkillResponse(response: unknown): SkillResponseEnvelope {
  const parsed = responseEnvelopeSchema.safeParse(response);
  if (!parsed.success) {
    throw new SkillResponseError(`the skill sent an invalid response: ${parsed.error.message}`, response, {
      cause: parsed.error,
    });
  }
  for (const directive of parsed.data.response.directives ?? []) {
    if (!directive.type.startsWith('Dialog.')) continue;
    const dialog = dialogDirectiveSchema.safeParse(directive);
    if (!dialog.success) {
      throw new SkillResponseError(`invalid ${directive.type} directive: ${dialog.error.message}`, response, {
        cause: dialog.error,
      });
    }
  }
  return parsed.data;
}

/** The Dialog directives of a parsed response, typed. */
export function dialogDirectives(response: SkillResponseEnvelope): DialogDirective[] {
  return (response.response.directives ?? []).flatMap((directive) => {
    const dialog = dialogDirectiveSchema.safeParse(directive);
    return dialog.success ? [dialog.data] : [];
  });
}

/** What Alexa says for an output speech object, as plain text. */
export function spokenText(outputSpeech: z.infer<typeof outputSpeechSchema> | undefined): string | undefined {
  if (!outputSpeech) return undefined;
  return outputSpeech.type === 'SSML' ? speechText(outputSpeech.ssml) : outputSpeech.text.trim();
}
