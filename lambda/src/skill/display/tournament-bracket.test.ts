import { describe, expect, it } from 'vitest';
import {
  createTournament,
  recordForfeit,
  startNextMatch,
  startTournament,
  type Tournament,
} from '../../domain/tournament';
import { favouriteWins, players, playNext, playOut } from '../../domain/tournament/test-support';
import { createTranslator } from '../../i18n/translator';
import type { BracketData } from './bracket';
import { aplDocumentProblems } from './document-check';
import { tournamentBracketDisplay } from './tournament-bracket-screens';

const en = createTranslator('en-US');
const fr = createTranslator('fr-FR');

function shown(t: typeof en, tournament: Tournament) {
  const display = tournamentBracketDisplay(t, tournament);
  if (!display) throw new Error('No bracket');
  expect(aplDocumentProblems(display.screen)).toEqual([]);
  return { ...display, data: display.screen.datasources.bracket as BracketData };
}

const lines = (data: BracketData, round: number) =>
  data.rounds[round]?.matches.map((match) => [
    [match.red.names, match.red.score, match.red.winner],
    [match.blue.names, match.blue.score, match.blue.winner],
  ]);

describe('the bracket screen', () => {
  it('draws a 5-player knockout: byes, a result with its winner, the rounds to come', () => {
    const knockout = startTournament(createTournament({ format: 'knockout', players: players(5) }), 's');
    const afterOne = startNextMatch(playNext(knockout, 'm1', favouriteWins), 'm2');

    const { screen, data, card } = shown(en, afterOne);

    expect(screen.token).toBe('babyfoot.tournamentBracket');
    expect(data.title).toBe('Bracket');
    expect(data.subtitle).toBe('Knockout · Round 2 of 3 · 3 to go');
    // Five players: a bracket of eight, its byes for the top three seeds.
    expect(data.rounds.map((round) => round.title)).toEqual(['Quarter-finals', 'Semi-finals', 'Final']);
    expect(lines(data, 0)).toEqual([
      [
        ['P1', '', true],
        ['Bye', '', false],
      ],
      [
        ['P4', '5', true],
        ['P5', '2', false],
      ],
      [
        ['P2', '', true],
        ['Bye', '', false],
      ],
      [
        ['P3', '', true],
        ['Bye', '', false],
      ],
    ]);
    expect(data.rounds[1]?.matches.map((match) => match.live)).toEqual([true, false]);
    expect(lines(data, 2)).toEqual([
      [
        ['To be decided', '', false],
        ['To be decided', '', false],
      ],
    ]);
    expect(card).toEqual({
      title: 'Babyfoot: Bracket',
      text: [
        'Knockout · Round 2 of 3 · 3 to go',
        'Quarter-finals: P1 (bye) · P4 5–2 P5 · P2 (bye) · P3 (bye)',
        'Semi-finals: P1 vs P4 (on the table) · P2 vs P3',
        'Final: To be decided vs To be decided',
      ].join('\n'),
    });
  });

  it('draws a double elimination in French, round by round with its bracket, a forfeit marked F', () => {
    const t = startTournament(createTournament({ format: 'double_elimination', players: players(4) }), 's');
    const done = playOut(recordForfeit(startNextMatch(t, 'm1'), 'P4'), favouriteWins);

    const { data, card } = shown(fr, done);

    expect(data.subtitle).toBe('Double élimination · le tournoi est terminé');
    expect(data.rounds[0]?.matches[0]).toEqual({
      red: { names: 'P1', score: '5', winner: true },
      blue: { names: 'P4', score: 'F', winner: false },
      live: false,
    });
    expect(data.rounds.map((round) => round.title)).toEqual(
      done.rounds.map((_, index) => `Tour ${index + 1}`),
    );
    expect(data.rounds.map((round) => round.subtitle)).toContain('Tableau des perdants');
    expect(data.rounds.at(-1)?.subtitle).toBe('Grande finale');
    expect(card.text.split('\n')[1]).toMatch(
      /^Tour 1 · Tableau principal: P1 par forfait \(P4 déclare forfait\) · P2 5–2 P3$/,
    );
  });

  it('draws only the knockout stage of a round robin then top 4, once its group stage is over', () => {
    const group = startTournament(
      createTournament({ format: 'round_robin', players: players(5), playoff: 4 }),
      's',
    );
    expect(tournamentBracketDisplay(en, group)).toBeUndefined();
    const knockout = playOut(group, favouriteWins, 10);

    const { data } = shown(en, knockout);

    expect(data.subtitle).toBe('Round robin · knockout stage · Round 6 of 7 · 3 to go');
    expect(data.rounds.map((round) => round.title)).toEqual(['Semi-finals', 'Final']);
    expect(lines(data, 0)?.map(([red, blue]) => [red?.[0], blue?.[0]])).toEqual([
      ['P1', 'P4'],
      ['P2', 'P3'],
    ]);
  });

  it('escapes names for APL and keeps a 32-team knockout screen small', () => {
    const names = Array.from({ length: 32 }, (_, index) => `Player <${index + 1}> & co`);
    const t = startTournament(createTournament({ format: 'knockout', players: names }), 's');

    const { data, screen } = shown(en, t);

    expect(data.rounds[0]?.matches[0]?.red.names).toBe('Player &lt;1&gt; &amp; co');
    expect(data.rounds.map((round) => round.matches.length)).toEqual([16, 8, 4, 2, 1]);
    expect(JSON.stringify(screen).length).toBeLessThan(24_000);
  });
});
