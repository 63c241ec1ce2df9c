import { summarizeScore } from '../../domain/match';
import type { Match, Score, TeamColor } from '../../domain/match/types';
import type { Translate } from '../../i18n/translator';
import { joinNames } from './names';

const other = (team: TeamColor): TeamColor => (team === 'red' ? 'blue' : 'red');

function leadSentence(
  t: Translate,
  match: Match,
  key: 'score.lead' | 'score.gamesLead',
  score: Score,
): string {
  const leader: TeamColor = score.red > score.blue ? 'red' : 'blue';
  const names = match.teams[leader];
  return t(key, {
    names: joinNames(t, names),
    count: names.length,
    high: score[leader],
    low: score[other(leader)],
  });
}

/**
 * The running score as a person would say it: "Alice and Bob lead 6 to 4.", with the game
 * count in a best-of match and a match point when there is one.
 */
export function scoreSpeech(t: Translate, match: Match): string {
  if (match.status === 'finished' || match.status === 'abandoned') return resultSpeech(t, match);
  const summary = summarizeScore(match);
  const parts: string[] = [];
  if (match.rules.bestOf > 1) {
    parts.push(t('score.game', { number: summary.gameNumber, bestOf: match.rules.bestOf }));
    const { red, blue } = match.gamesWon;
    if (red > 0 || blue > 0) {
      parts.push(
        red === blue
          ? t('score.gamesTied', { games: red })
          : leadSentence(t, match, 'score.gamesLead', match.gamesWon),
      );
    }
  }
  const { red, blue } = match.score;
  if (red === 0 && blue === 0) parts.push(t('score.noGoals'));
  else if (red === blue) parts.push(t('score.tied', { points: red }));
  else parts.push(leadSentence(t, match, 'score.lead', match.score));
  if (summary.matchPoint) {
    parts.push(t('score.matchPoint', { names: joinNames(t, match.teams[summary.matchPoint]) }));
  }
  return parts.join(' ');
}

/** How the match ended: "Alice and Bob won the match 10 to 4." */
export function resultSpeech(t: Translate, match: Match): string {
  if (match.status === 'abandoned' || !match.winner) return t('result.abandoned');
  const winner = match.winner;
  const names = match.teams[winner];
  const byGames = match.rules.bestOf > 1;
  const score = byGames ? match.gamesWon : match.score;
  return t(byGames ? 'result.wonGames' : 'result.won', {
    names: joinNames(t, names),
    count: names.length,
    high: score[winner],
    low: score[other(winner)],
  });
}
