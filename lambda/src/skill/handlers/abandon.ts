import type { RequestHandler } from 'ask-sdk-core';
import { NoMatchRunningError } from '../../domain/errors';
import { abandonMatch } from '../../domain/match';
import type { SkillDeps } from '../deps';
import { scoreboard } from '../display/scoreboard';
import { answer } from '../respond';
import { intentOf } from '../slots';
import { scoreSpeech } from '../speech/score';
import { changeMatch, isActive, readMatch } from '../table-access';
import { turnOf } from '../turn';
import { isIntent } from './predicates';

/**
 * "Abandonne le match": asks for confirmation first; an abandoned match never counts. Anyone
 * whose Echo drives the table may abandon its running match, whoever started it.
 */
export const abandonHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'AbandonMatchIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const intent = intentOf(input);
    const confirmation = intent?.confirmationStatus ?? 'NONE';
    if (confirmation === 'CONFIRMED') {
      const ended = await changeMatch(deps, turn, (current) => {
        const abandoned = abandonMatch(current, deps.now());
        return { write: { match: abandoned }, outcome: abandoned };
      });
      return answer(input, t('abandon.done'), scoreboard(t, ended, { card: true }));
    }
    const match = await readMatch(deps, turn);
    if (!isActive(match)) throw new NoMatchRunningError();
    if (confirmation === 'DENIED')
      return answer(input, t('abandon.kept', { score: scoreSpeech(t, match) }), scoreboard(t, match));
    input.responseBuilder.addConfirmIntentDirective({
      name: 'AbandonMatchIntent',
      confirmationStatus: 'NONE',
      slots: intent?.slots ?? {},
    });
    return answer(input, t('abandon.confirm', { score: scoreSpeech(t, match) }), {
      question: true,
      reprompt: t('abandon.confirmReprompt'),
    });
  },
});
