import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../deps';
import { touchOf } from '../display/touch';
import { turnOf } from '../turn';
import { goalAnswer } from './goal';
import { playerStatsAnswer } from './stats/players';
import { undoAnswer } from './undo-goal';

/**
 * A tap on the Echo's screen (an APL UserEvent): "+1 Red", "+1 Blue" and "Undo" under the
 * scoreboard, a player's row in the rankings. Each answers exactly as the words would: a tap
 * is a goal with the request's id (Alexa's retry of the same event counts once), an undo of
 * the last goal, the player's stats over the ranking's period.
 */
export const touchHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => touchOf(input) !== undefined,
  handle(input) {
    const touch = touchOf(input);
    if (touch?.action === 'goal')
      return goalAnswer(deps, input, {
        id: `touch:${turnOf(input).requestId}`,
        team: touch.team,
        kind: 'goal',
      });
    if (touch?.action === 'player') return playerStatsAnswer(deps, input, touch.name, touch.period);
    return undoAnswer(deps, input, undefined);
  },
});
