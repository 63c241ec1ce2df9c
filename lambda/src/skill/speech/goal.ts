import { type GoalOutcome, matchResult } from '../../domain/match';
import type { Goal, Match, TeamColor } from '../../domain/match/types';
import type { Translate } from '../../i18n/translator';
import { joinNames, ofNames } from './names';
import { scoreSpeech } from './score';

const other = (team: TeamColor): TeamColor => (team === 'red' ? 'blue' : 'red');

function goalCall(t: Translate, match: Match, goal: Goal): string {
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
    const names = match.teams[winner];
    const byGames = match.rules.bestOf > 1;
    const score = byGames ? match.gamesWon : match.score;
    parts.push(
      t(byGames ? 'goal.matchWonGames' : 'goal.matchWon', {
        names: joinNames(t, names),
        count: names.length,
        high: score[winner],
        low: score[other(winner)],
      }),
    );
    const losers = match.teams[other(winner)];
    if (matchResult(match).fanny)
      parts.push(t('goal.fanny', { names: joinNames(t, losers), count: losers.length }));
    return parts.join(' ');
  }
  const game = outcome.gameWon;
  if (game) {
    const names = match.teams[game.winner];
    parts.push(
      t('goal.gameWon', {
        names: joinNames(t, names),
        count: names.length,
        number: game.gameNumber,
        high: game.score[game.winner],
        low: game.score[other(game.winner)],
      }),
    );
    parts.push(t('goal.nextGame', { number: game.gameNumber + 1 }));
  }
  parts.push(scoreSpeech(t, match));
  return parts.join(' ');
}
