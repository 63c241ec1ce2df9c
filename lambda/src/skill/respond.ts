import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { addCard, type Card } from './display/card';
import { renderDocumentDirective, type Screen, supportsApl } from './display/screen';
import { saveSession, turnOf } from './turn';

export interface AnswerOptions {
  /** The answer asks the player something: the session stays open whatever the mode. */
  question?: boolean;
  reprompt?: string;
  /** A card in the Alexa app, for answers that carry information (a score, a result). */
  card?: Card;
  /** Drawn on the Echo's screen when it has one (APL); a voice-only Echo just hears the speech. */
  screen?: Screen;
  /** This answer asks the pending question (pending-question.ts); any other answer forgets it. */
  keepsPendingQuestion?: boolean;
}

/**
 * Speaks an answer. In a conversation (the player opened the skill) or after a question the
 * session stays open with a reprompt; a one-shot request ("ask baby foot what's the score")
 * gets its answer and the session ends. The speech is the same with or without a screen.
 */
export function answer(input: HandlerInput, speech: string, options: AnswerOptions = {}): Response {
  const { t, session } = turnOf(input);
  const keepsSession = Boolean(options.question || session.conversation || session.dialog);
  const reprompt = keepsSession ? (options.reprompt ?? t('help.reprompt')) : undefined;
  saveSession(input, {
    ...session,
    pending: options.keepsPendingQuestion ? session.pending : undefined,
    lastAnswer: { speech, reprompt },
  });
  const builder = input.responseBuilder.speak(speech);
  const drawn = options.screen && supportsApl(input) ? options.screen : undefined;
  if (reprompt !== undefined) {
    builder.reprompt(reprompt).withShouldEndSession(false);
  } else if (!drawn?.touchable) {
    // A touchable screen leaves shouldEndSession out: the microphone closes, the session stays
    // open while the screen shows, and a tap reaches the skill.
    builder.withShouldEndSession(true);
  }
  if (options.card) addCard(builder, options.card);
  if (drawn) builder.addDirective(renderDocumentDirective(drawn));
  return builder.getResponse();
}
