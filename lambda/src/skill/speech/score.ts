import { otherTeam, summarizeScore } from '../../domain/match';
import type { Match, Score, TeamColor } from '../../domain/match/types';
import type { Translate } from '../../i18n/translator';
import { joinNames } from './names';

/** Values for "<names> lead(s) <high> to <low>", told from `ahead`'s side, counted for the verb's plural. */
export function aheadOf(t: Translate, match: Match, ahead: TeamColor, score: Score) {
  const names = match.teams[ahead];
  return {
    names: joinNames(t, names),
    count: names.length,
    high: score[ahead],
    low: score[otherTeam(ahead)],
  };
}

/** How a match is won: by games in a best-of match, else by points. */
export function winningScore(match: Match): { byGames: boolean; score: Score } {
  const byGames = match.rules.bestOf > 1;
  return { byGames, score: byGames ? match.gamesWon : match.score };
}

function leadSentence(
  t: Translate,
  match: Match,
  key: 'score.lead' | 'score.gamesLead',
  score: Score,
): string {
  return t(key, aheadOf(t, match, score.red > score.blue ? 'red' : 'blue', score));
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
  const { byGames, score } = winningScore(match);
  return t(byGames ? 'result.wonGames' : 'result.won', aheadOf(t, match, match.winner, score));
}
