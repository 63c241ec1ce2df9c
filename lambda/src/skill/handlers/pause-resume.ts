import type { RequestHandler } from 'ask-sdk-core';
import { pauseMatch, resumeMatch } from '../../domain/match';
import type { SkillDeps } from '../deps';
import { scoreboard } from '../display/scoreboard';
import { answer } from '../respond';
import { scoreSpeech } from '../speech/score';
import { changeMatch } from '../table-access';
import { turnOf } from '../turn';
import { isIntent } from './predicates';

/** "Pause", "mets le match en pause": the table then refuses goals. */
export const pauseHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'PauseMatchIntent', 'AMAZON.PauseIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const match = await changeMatch(deps, turn, (current) => {
      const paused = pauseMatch(current, deps.now());
      return { write: { match: paused }, outcome: paused };
    });
    return answer(
      input,
      turn.t('pause.done', { score: scoreSpeech(turn.t, match) }),
      scoreboard(turn.t, match),
    );
  },
});

/** "Reprends le match", "resume". */
export const resumeHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'ResumeMatchIntent', 'AMAZON.ResumeIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const match = await changeMatch(deps, turn, (current) => {
      const resumed = resumeMatch(current, deps.now());
      return { write: { match: resumed }, outcome: resumed };
    });
    return answer(
      input,
      turn.t('pause.resumed', { score: scoreSpeech(turn.t, match) }),
      scoreboard(turn.t, match),
    );
  },
});
