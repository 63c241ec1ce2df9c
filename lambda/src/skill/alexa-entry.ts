import { createAskSdkError, type Skill } from 'ask-sdk-core';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { createTranslator } from '../i18n/translator';
import type { Logger } from '../logger';
import { guessLocale, requestEnvelopeSchema } from './envelope-schema';

export interface AlexaEntryOptions {
  /** Requests carrying another skill's ID are refused; unset only on the local stack. */
  skillId?: string;
  log: Logger;
}

/** The Lambda entry for Alexa requests: a promise-returning handler (the Node 22+ Lambda style). */
export type AlexaHandler = (event: unknown, context?: unknown) => Promise<ResponseEnvelope>;

/** The schema checks every field the handlers and the SDK read; the SDK's own type is wider. */
function isRequestEnvelope(event: unknown): event is RequestEnvelope {
  return requestEnvelopeSchema.safeParse(event).success;
}

/** The spoken answer to a request that could not be read. */
function malformedAnswer(locale: string): ResponseEnvelope {
  const t = createTranslator(locale);
  return {
    version: '1.0',
    response: {
      outputSpeech: { type: 'SSML', ssml: `<speak>${t('errors.malformed')}</speak>` },
      shouldEndSession: true,
    },
  };
}

/**
 * Validates the envelope before the ASK SDK sees it (the SDK dereferences `context.System`
 * before any interceptor could run), refuses other skills' requests, then lets the skill answer.
 * Nothing is read or written for a refused request. A request for another skill fails the
 * invocation, as the ASK SDK's own skill-ID check does (`withSkillId`): no speech, an error
 * for Alexa; a malformed one is answered in words, since a person may be waiting on it.
 */
export function createAlexaHandler(skill: Skill, options: AlexaEntryOptions): AlexaHandler {
  return async (event, context) => {
    if (!isRequestEnvelope(event)) {
      const issues = requestEnvelopeSchema.safeParse(event).error?.issues.slice(0, 5);
      options.log.warn('malformed request envelope', { issues });
      return malformedAnswer(guessLocale(event));
    }
    const applicationId = event.context.System.application.applicationId;
    if (options.skillId && applicationId !== options.skillId) {
      options.log.warn('request from another skill refused', { applicationId });
      throw createAskSdkError('AlexaEntry', 'Skill ID verification failed: the request is for another skill');
    }
    return skill.invoke(event, context);
  };
}
