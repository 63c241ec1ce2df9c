import { type GoalOutcome, matchResult, otherTeam } from '../../domain/match';
import type { Goal, Match } from '../../domain/match/types';
import type { Translate } from '../../i18n/translator';
import { houseGoalCall } from './house-rules';
import { joinNames, ofNames } from './names';
import { aheadOf, scoreSpeech, winningScore } from './score';

function goalCall(t: Translate, match: Match, goal: Goal): string {
  const house = houseGoalCall(t, match, goal);
  if (house !== undefined) return house;
  if (goal.scorer) {
    return t(goal.kind === 'gamelle' ? 'goal.scorerGamelle' : 'goal.scorer', {
      scorer: ofNames(t, [goal.scorer]),
    });
  }
  return t(goal.kind === 'gamelle' ? 'goal.gamelle' : 'goal.goal', {
    names: joinNames(t, match.teams[goal.team]),
  });
}

/**
 * What Alexa says after a counted goal: the call, then the game or match won (with a fanny
 * when the losers never scored), else the new score.
 */
export function goalSpeech(t: Translate, outcome: Extract<GoalOutcome, { kind: 'counted' }>): string {
  const { match, goal } = outcome;
  const parts = [goalCall(t, match, goal)];
  const winner = outcome.matchWon;
  if (winner) {
    const { byGames, score } = winningScore(match);
    parts.push(t(byGames ? 'goal.matchWonGames' : 'goal.matchWon', aheadOf(t, match, winner, score)));
    const losers = match.teams[otherTeam(winner)];
    if (matchResult(match).fanny && match.rules.house?.announceFanny !== false)
      parts.push(t('goal.fanny', { names: joinNames(t, losers), count: losers.length }));
    return parts.join(' ');
  }
  const game = outcome.gameWon;
  if (game) {
    parts.push(t('goal.gameWon', { ...aheadOf(t, match, game.winner, game.score), number: game.gameNumber }));
    parts.push(t('goal.nextGame', { number: game.gameNumber + 1 }));
  }
  parts.push(scoreSpeech(t, match));
  return parts.join(' ');
}
