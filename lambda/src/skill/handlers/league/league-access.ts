import type { HandlerInput } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import type { LeagueRecords } from '../../../store/dynamo-league-records';
import type { SkillDeps } from '../../deps';
import { answer } from '../../respond';
import { intentOf } from '../../slots';

/** The league's records; a skill built without them cannot correct anything. */
export function recordsOf(deps: SkillDeps): LeagueRecords {
  if (!deps.records) throw new Error('This skill was built without league records');
  return deps.records;
}

/** Where an intent stands in its confirmation: asked for, or answered yes or no. */
export function confirmationOf(input: HandlerInput): 'NONE' | 'CONFIRMED' | 'DENIED' {
  const status = intentOf(input)?.confirmationStatus;
  return status === 'CONFIRMED' || status === 'DENIED' ? status : 'NONE';
}

/** Asks the player to confirm the intent as heard (Alexa sends it back with yes or no). */
export function askToConfirm(input: HandlerInput, speech: string, reprompt: string): Response {
  const intent = intentOf(input);
  if (intent) {
    input.responseBuilder.addConfirmIntentDirective({
      name: intent.name,
      confirmationStatus: 'NONE',
      slots: intent.slots ?? {},
    });
  }
  return answer(input, speech, { question: true, reprompt });
}
