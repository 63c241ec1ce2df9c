import { getLocale, getRequestType, type HandlerInput } from 'ask-sdk-core';
import { z } from 'zod';
import { createTranslator, type Translate } from '../i18n/translator';
import { pendingQuestionSchema } from './pending-question-schema';

const rulesRequestSchema = z.object({
  preset: z.enum(['bar', 'itsf']).optional(),
  target: z.number().int().optional(),
  bestOf: z.number().int().optional(),
  winBy: z.number().int().optional(),
});

/** What the skill keeps in the Alexa session: small on purpose (state lives in DynamoDB). */
const sessionStateSchema = z.object({
  /** The player opened the skill ("open baby foot"): answers keep the session open. */
  conversation: z.boolean().optional(),
  /** A dialog the skill is leading, so "cancel" knows what it cancels. */
  dialog: z.enum(['startMatch']).optional(),
  /** The question a dialog is waiting on (see pending-question.ts). */
  pending: pendingQuestionSchema.optional().catch(undefined),
  /** The finished match a correction asked to confirm is about, so "yes" changes that one. */
  correction: z
    .object({ matchId: z.string().min(1) })
    .optional()
    .catch(undefined),
  /** The last thing Alexa said in this session, for "repeat" / "répète" (tables are noisy). */
  lastAnswer: z.object({ speech: z.string(), reprompt: z.string().optional() }).optional().catch(undefined),
});

export type SessionState = z.infer<typeof sessionStateSchema>;
export type RulesRequestState = z.infer<typeof rulesRequestSchema>;

/** Everything a handler needs to know about the current request. */
export interface Turn {
  t: Translate;
  locale: string;
  accountId: string;
  deviceId: string;
  requestId: string;
  requestType: string;
  session: SessionState;
}

const turns = new WeakMap<HandlerInput, Turn>();

/** Reads (once per request) who is speaking, in which language, and the session state. */
export function turnOf(input: HandlerInput): Turn {
  const known = turns.get(input);
  if (known) return known;
  const envelope = input.requestEnvelope;
  const locale = getLocale(envelope) ?? 'en-US';
  const saved = envelope.session ? input.attributesManager.getSessionAttributes() : {};
  const session = sessionStateSchema.safeParse(saved);
  const turn: Turn = {
    t: createTranslator(locale),
    locale,
    accountId: envelope.context.System.user.userId,
    deviceId: envelope.context.System.device?.deviceId ?? 'unknown-device',
    requestId: envelope.request.requestId,
    requestType: getRequestType(envelope),
    session: session.success ? session.data : {},
  };
  turns.set(input, turn);
  return turn;
}

/** Saves the session state for the next turn (only inside a session). */
export function saveSession(input: HandlerInput, state: SessionState): void {
  if (!input.requestEnvelope.session) return;
  input.attributesManager.setSessionAttributes(sessionStateSchema.parse(state));
  const turn = turns.get(input);
  if (turn) turn.session = state;
}
