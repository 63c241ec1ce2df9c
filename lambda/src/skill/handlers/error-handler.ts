import type { ErrorHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../deps';
import { answer } from '../respond';
import { speakError } from '../speak-error';
import { turnOf } from '../turn';

/** Every error ends here: a localized answer, and a log line with the details for internal ones. */
export const errorHandler = (deps: SkillDeps): ErrorHandler => ({
  canHandle: () => true,
  handle(input, error) {
    const turn = turnOf(input);
    const { speech, internal } = speakError(turn.t, error);
    if (internal) {
      deps.log.error('request failed', {
        requestId: turn.requestId,
        requestType: turn.requestType,
        error,
      });
    } else {
      deps.log.info('request refused', { requestId: turn.requestId, reason: error.name });
    }
    return answer(input, speech);
  },
});
