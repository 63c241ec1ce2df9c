import type { RequestHandler } from 'ask-sdk-core';
import { type GoalOutcome, matchResult, scoreGoal } from '../../domain/match';
import type { SkillDeps } from '../deps';
import { scoreboard } from '../display/scoreboard';
import { answer } from '../respond';
import { slotChoice, slotPlayerName } from '../slots';
import { goalSpeech } from '../speech/goal';
import { scoreSpeech } from '../speech/score';
import { changeMatch } from '../table-access';
import { turnOf } from '../turn';
import { isIntent } from './predicates';
import { tournamentNewsAfter } from './tournament';

/** "But pour les rouges", "goal for Alice", "gamelle pour les bleus". */
export const goalHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'GoalIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const team = slotChoice(input, 'team', ['red', 'blue'] as const);
    const player = team ? undefined : slotPlayerName(input, 'player');
    if (!team && !player) return answer(input, t('goal.whichTeam'), { question: true });
    const kind = slotChoice(input, 'goalKind', ['goal', 'gamelle'] as const) ?? 'goal';
    const outcome = await changeMatch<GoalOutcome>(deps, turn, (current) => {
      // The request id makes a voice goal idempotent too: a retried request counts once.
      const result = scoreGoal(current, {
        id: `voice:${turn.requestId}`,
        team,
        player,
        kind,
        source: 'voice',
        at: deps.now(),
      });
      if (result.kind === 'duplicate') return { outcome: result };
      return {
        outcome: result,
        write: { match: result.match, result: result.matchWon ? matchResult(result.match) : undefined },
      };
    });
    if (outcome.kind === 'duplicate') {
      return answer(
        input,
        t('goal.duplicate', { score: scoreSpeech(t, outcome.match) }),
        scoreboard(t, outcome.match),
      );
    }
    if (outcome.matchWon)
      deps.log.info('match finished', { matchId: outcome.match.id, winner: outcome.matchWon });
    // A finished tournament match: say what comes next in the tournament too.
    const news = outcome.matchWon ? await tournamentNewsAfter(deps, turn, outcome.match) : undefined;
    return answer(
      input,
      news ? `${goalSpeech(t, outcome)} ${news}` : goalSpeech(t, outcome),
      scoreboard(t, outcome.match, { card: Boolean(outcome.matchWon) }),
    );
  },
});
