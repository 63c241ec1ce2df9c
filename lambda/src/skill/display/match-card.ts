import { otherTeam } from '../../domain/match';
import type { Match, Score, TeamColor } from '../../domain/match/types';
import type { Translate } from '../../i18n/translator';
import type { Card } from './card';
import { matchHeadline, teamNames } from './match-text';

function teamLine(t: Translate, match: Match, team: TeamColor, score: number): string {
  return t('display.card.teamLine', {
    team: t(`display.team.${team}`),
    names: teamNames(t, match.teams[team]),
    score,
  });
}

function wonLine(t: Translate, match: Match, winner: TeamColor): string {
  const byGames = match.rules.bestOf > 1;
  const score: Score = byGames ? match.gamesWon : match.score;
  const names = match.teams[winner];
  return t(byGames ? 'display.card.wonGames' : 'display.card.won', {
    names: teamNames(t, names),
    count: names.length,
    high: score[winner],
    low: score[otherTeam(winner)],
  });
}

function scoreCard(t: Translate, match: Match): Card {
  const lines = [
    matchHeadline(t, match),
    teamLine(t, match, 'red', match.score.red),
    teamLine(t, match, 'blue', match.score.blue),
  ];
  if (match.rules.bestOf > 1) {
    const game = t('display.game', { number: match.games.length + 1, bestOf: match.rules.bestOf });
    lines.push(t('display.card.gamesLine', { red: match.gamesWon.red, blue: match.gamesWon.blue, game }));
  }
  return { title: t('display.card.scoreTitle'), text: lines.join('\n') };
}

function resultCard(t: Translate, match: Match): Card {
  const finalScore = (team: TeamColor) => (match.rules.bestOf > 1 ? match.gamesWon[team] : match.score[team]);
  const lines = [
    match.winner ? wonLine(t, match, match.winner) : t('display.abandoned'),
    teamLine(t, match, 'red', finalScore('red')),
    teamLine(t, match, 'blue', finalScore('blue')),
  ];
  if (match.rules.bestOf > 1 && match.games.length > 0) {
    const scores = match.games.map((game) => `${game.red}–${game.blue}`).join(', ');
    lines.push(t('display.card.gameScores', { scores }));
  }
  return { title: t('display.card.resultTitle'), text: lines.join('\n') };
}

/** The Alexa app card of a match: its score while it runs, its result once over. */
export function matchCard(t: Translate, match: Match): Card {
  return match.status === 'finished' || match.status === 'abandoned'
    ? resultCard(t, match)
    : scoreCard(t, match);
}
