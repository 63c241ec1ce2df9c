import type { HandlerInput } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import { pendingQuestionSchema } from './pending-question-schema';
import { answer } from './respond';
import { saveSession, turnOf } from './turn';

/**
 * Asks for one slot of `intent` (Dialog.ElicitSlot) and remembers the question: when the answer
 * is not understood, the fallback asks it again instead of dropping what was already said.
 */
export function askForSlot(
  input: HandlerInput,
  question: { intent: Intent; slot: string; speech: string; reprompt: string },
  lead?: string,
): Response {
  const { session } = turnOf(input);
  // An intent of an unexpected shape is still asked for, only not remembered.
  const parsed = pendingQuestionSchema.safeParse(question);
  saveSession(input, { ...session, pending: parsed.success ? parsed.data : undefined });
  input.responseBuilder.addElicitSlotDirective(question.slot, question.intent);
  const speech = lead === undefined ? question.speech : `${lead} ${question.speech}`;
  return answer(input, speech, { question: true, reprompt: question.reprompt, keepsPendingQuestion: true });
}

/** Asks the pending question again, after `lead` ("Sorry, I didn't get that."); undefined when none is pending. */
export function askPendingQuestionAgain(input: HandlerInput, lead?: string): Response | undefined {
  const { pending } = turnOf(input).session;
  return pending && askForSlot(input, pending, lead);
}
