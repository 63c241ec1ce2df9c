import type { RequestHandler } from 'ask-sdk-core';
import { NoMatchRunningError } from '../../domain/errors';
import type { SkillDeps } from '../deps';
import { answer } from '../respond';
import { scoreSpeech } from '../speech/score';
import { readMatch } from '../table-access';
import { turnOf } from '../turn';
import { isIntent } from './predicates';

/** "Quel est le score ?", "who's winning?": one read, nothing written. */
export const scoreHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'ScoreIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const match = await readMatch(deps, turn);
    if (!match) throw new NoMatchRunningError();
    const speech = scoreSpeech(turn.t, match);
    return answer(input, match.status === 'paused' ? `${speech} ${turn.t('score.paused')}` : speech);
  },
});
