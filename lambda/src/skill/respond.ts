import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { turnOf } from './turn';

export interface AnswerOptions {
  /** The answer asks the player something: the session stays open whatever the mode. */
  question?: boolean;
  reprompt?: string;
}

/**
 * Speaks an answer. In a conversation (the player opened the skill) or after a question the
 * session stays open with a reprompt; a one-shot request ("ask baby foot what's the score")
 * gets its answer and the session ends.
 */
export function answer(input: HandlerInput, speech: string, options: AnswerOptions = {}): Response {
  const { t, session } = turnOf(input);
  const builder = input.responseBuilder.speak(speech);
  if (options.question || session.conversation || session.dialog) {
    builder.reprompt(options.reprompt ?? t('help.reprompt')).withShouldEndSession(false);
  } else {
    builder.withShouldEndSession(true);
  }
  return builder.getResponse();
}
