import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { type GoalOutcome, matchResult, scoreGoal } from '../../domain/match';
import type { GoalKind, TeamColor } from '../../domain/match/types';
import { logCounted } from '../../metrics';
import type { SkillDeps } from '../deps';
import { scoreboard } from '../display/scoreboard';
import { answer } from '../respond';
import { slotScorer } from '../slots';
import { goalSpeech } from '../speech/goal';
import { scoreSpeech } from '../speech/score';
import { changeMatch } from '../table-access';
import { turnOf } from '../turn';
import { winnerStaysNews } from './house/winner-stays';
import { isIntent } from './predicates';
import { shotRecordNews } from './shot-speed';
import { tournamentNewsAfter } from './tournament';

/**
 * "But pour les rouges", "goal for Alice" (GoalIntent), "gamelle pour les bleus" (GamelleIntent: a
 * ball that went in and came back out, which counts as a goal). One intent a kind of goal, so that
 * "gamelle rouge" needs no slot right beside another.
 */
export const goalHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'GoalIntent', 'GamelleIntent'),
  async handle(input) {
    const { t, requestId } = turnOf(input);
    const scorer = slotScorer(input, 'scorer');
    if (!scorer) return answer(input, t('goal.whichTeam'), { question: true });
    const kind = isIntent(input, 'GamelleIntent') ? 'gamelle' : 'goal';
    // The request id makes a voice goal idempotent too: a retried request counts once.
    return goalAnswer(deps, input, { ...scorer, kind, id: `voice:${requestId}` });
  },
});

/** A goal entered at the Echo (said, or tapped on its screen), with the id that makes it count once. */
export interface EchoGoal {
  id: string;
  /** Who scored, as said: a team, or a player whose team the match knows. */
  team?: TeamColor;
  player?: string;
  kind: GoalKind;
}

/**
 * Counts a goal entered at the Echo and answers it: the score, the win and what comes next in a
 * tournament; a goal whose id was already counted (a retried request) is only told, not recounted.
 */
export async function goalAnswer(deps: SkillDeps, input: HandlerInput, goal: EchoGoal): Promise<Response> {
  const turn = turnOf(input);
  const { t } = turn;
  const outcome = await changeMatch<GoalOutcome>(deps, turn, (current) => {
    const result = scoreGoal(current, { ...goal, source: 'voice', at: deps.now() });
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
    logCounted(deps.log, 'MatchesFinished', 'match finished', {
      matchId: outcome.match.id,
      winner: outcome.matchWon,
    });
  // A finished tournament match: say what comes next in the tournament too.
  // Else, winner stays: who plays the winners next.
  const news = outcome.matchWon
    ? ((await tournamentNewsAfter(deps, turn, outcome.match)) ??
      (await winnerStaysNews(deps, turn, outcome.match)))
    : undefined;
  // A table goal since the last answer may have beaten the season's fastest shot: said first.
  const record = await shotRecordNews(deps, turn, outcome.match);
  return answer(
    input,
    [record, goalSpeech(t, outcome), news].filter((part) => Boolean(part)).join(' '),
    scoreboard(t, outcome.match, { card: Boolean(outcome.matchWon) }),
  );
}
