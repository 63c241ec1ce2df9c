import { z } from 'zod';

const applicationSchema = z.object({ applicationId: z.string().min(1) });
const userSchema = z.object({ userId: z.string().min(1) });

const slotSchema = z.looseObject({ name: z.string(), value: z.string().optional() });

const intentSchema = z.looseObject({
  name: z.string().min(1),
  confirmationStatus: z.enum(['NONE', 'CONFIRMED', 'DENIED']).optional(),
  slots: z.record(z.string(), slotSchema).optional(),
});

const requestSchema = z.discriminatedUnion('type', [
  z.looseObject({
    type: z.literal('IntentRequest'),
    requestId: z.string().min(1),
    timestamp: z.string(),
    locale: z.string().min(2),
    dialogState: z.enum(['STARTED', 'IN_PROGRESS', 'COMPLETED']).optional(),
    intent: intentSchema,
  }),
  // A tap on a touchable screen (SendEvent): its arguments are parsed by the touch handler.
  z.looseObject({
    type: z.literal('Alexa.Presentation.APL.UserEvent'),
    requestId: z.string().min(1),
    timestamp: z.string(),
    locale: z.string().min(2),
    token: z.string().optional(),
    arguments: z.array(z.unknown()).optional(),
  }),
  z.looseObject({
    type: z.enum([
      'LaunchRequest',
      'SessionEndedRequest',
      'CanFulfillIntentRequest',
      'System.ExceptionEncountered',
    ]),
    requestId: z.string().min(1),
    timestamp: z.string(),
    locale: z.string().min(2),
  }),
]);

/**
 * The parts of an Alexa request envelope the skill relies on. Anything else is passed
 * through untouched (loose objects): Alexa adds fields over time.
 */
export const requestEnvelopeSchema = z.looseObject({
  version: z.string(),
  session: z
    .looseObject({
      new: z.boolean(),
      sessionId: z.string().min(1),
      application: applicationSchema,
      user: userSchema,
      attributes: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
  context: z.looseObject({
    System: z.looseObject({
      application: applicationSchema,
      user: userSchema,
      device: z.looseObject({ deviceId: z.string().min(1) }).optional(),
      apiEndpoint: z.string().optional(),
    }),
  }),
  request: requestSchema,
});

/** Best guess at the locale of a request that failed validation, to answer in its language. */
export function guessLocale(event: unknown): string {
  const parsed = z.object({ request: z.object({ locale: z.string() }) }).safeParse(event);
  return parsed.success ? parsed.data.request.locale : 'en-US';
}
