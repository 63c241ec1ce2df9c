import { describe, expect, it } from 'vitest';
import { abandonMatch, pauseMatch, startMatch } from '../../domain/match';
import { aliceVersusBob, tableGoals } from '../../domain/match/test-fixtures';
import { createTranslator } from '../../i18n/translator';
import { aplDocumentProblems } from './document-check';
import { scoreboard, scoreboardData, scoreboardScreen } from './scoreboard';

const en = createTranslator('en-US');
const fr = createTranslator('fr-FR');
const bestOfThree = { target: 5, winBy: 1, bestOf: 3 };

describe('the scoreboard screen', () => {
  it('shows both teams, their scores and games, the rules and the game being played', () => {
    // Prepare: Alice took game 1, Bob leads game 2
    const match = tableGoals(aliceVersusBob(bestOfThree), 'rrrrr bbr');

    // Act
    const data = scoreboardData(en, match);

    // Assess
    expect(data).toEqual({
      state: 'playing',
      headline: 'Match on · First to 5, best of 3',
      footer: 'Game 2 of 3',
      teams: [
        { team: 'red', label: 'Red', names: 'Alice', score: 1, games: '1 game', winner: false },
        { team: 'blue', label: 'Blue', names: 'Bob', score: 2, games: '0 games', winner: false },
      ],
    });
  });

  it('leaves the games out of a single-game match and says when a goal would win it', () => {
    const match = tableGoals(aliceVersusBob({ target: 5, winBy: 1, bestOf: 1 }), 'rrrrbb');

    const data = scoreboardData(en, match);

    expect(data.headline).toBe('Match on · First to 5');
    expect(data.teams.map((team) => team.games)).toEqual(['', '']);
    expect(data.footer).toBe('Match point: Alice');
  });

  it('crowns the winners of a finished match', () => {
    const doubles = startMatch({
      id: 'm2',
      teams: { red: ['Alice', 'Bob'], blue: ['Carol', 'Dave'] },
      rules: { target: 3, winBy: 1, bestOf: 1 },
      at: 1000,
    });

    const data = scoreboardData(en, tableGoals(doubles, 'bbrb'));

    expect(data.state).toBe('finished');
    expect(data.headline).toBe('Final score · First to 3');
    // APL text is markup: "&amp;" shows as "&".
    expect(data.footer).toBe('Carol &amp; Dave win!');
    expect(data.teams.map((team) => [team.names, team.score, team.winner])).toEqual([
      ['Alice &amp; Bob', 1, false],
      ['Carol &amp; Dave', 3, true],
    ]);
  });

  it('says a paused match is paused and an abandoned one does not count', () => {
    const running = tableGoals(aliceVersusBob(), 'rb');

    const paused = scoreboardData(en, pauseMatch(running, 5000));
    const abandoned = scoreboardData(en, abandonMatch(running, 5000));

    expect([paused.state, paused.headline, paused.footer]).toEqual([
      'paused',
      'Paused · First to 10',
      'Paused: say "resume" to play on.',
    ]);
    expect([abandoned.state, abandoned.footer]).toEqual([
      'abandoned',
      "Abandoned: this match doesn't count.",
    ]);
    expect(abandoned.teams.some((team) => team.winner)).toBe(false);
  });

  it('is in French for a French Echo', () => {
    const match = tableGoals(aliceVersusBob(bestOfThree), 'rrrrr b');

    const data = scoreboardData(fr, match);

    expect(data.headline).toBe('Match en cours · En 5 points, en 3 manches');
    expect(data.footer).toBe('Manche 2 sur 3');
    expect(data.teams.map((team) => [team.label, team.games])).toEqual([
      ['Rouges', '1 manche'],
      ['Bleus', '0 manche'],
    ]);
  });

  it('writes names as typed, escaped for APL markup', () => {
    const match = startMatch({
      id: 'm3',
      teams: { red: ['Tom & Jerry'], blue: ['Bob <3'] },
      rules: { target: 10, winBy: 1, bestOf: 1 },
      at: 1000,
    });

    const data = scoreboardData(en, match);

    expect(data.teams.map((team) => team.names)).toEqual(['Tom &amp; Jerry', 'Bob &lt;3']);
  });

  it('binds every path of its document to the data, in every state', () => {
    const running = tableGoals(aliceVersusBob(bestOfThree), 'rrrrr bb');
    for (const match of [
      running,
      pauseMatch(running, 1),
      abandonMatch(running, 1),
      tableGoals(running, 'bbb bbbbb'),
    ]) {
      expect(aplDocumentProblems(scoreboardScreen(en, match))).toEqual([]);
    }
  });

  it('comes with the match card only when asked for', () => {
    const match = tableGoals(aliceVersusBob(), 'r');

    expect(scoreboard(en, match)).not.toHaveProperty('card');
    expect(scoreboard(en, match, { card: true }).card?.title).toBe('Babyfoot: the score');
    expect(scoreboard(en, match).screen.token).toBe('babyfoot.scoreboard');
  });
});
