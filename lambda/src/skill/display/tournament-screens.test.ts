import { describe, expect, it } from 'vitest';
import {
  abandonTournament,
  createTournament,
  nextMatch,
  startNextMatch,
  startTournament,
} from '../../domain/tournament';
import { playOut } from '../../domain/tournament/test-support';
import { createTranslator } from '../../i18n/translator';
import { aplDocumentProblems } from './document-check';
import { tournamentProgressDisplay, whatComesNextDisplay } from './tournament-next-screens';
import { tournamentStandingsDisplay } from './tournament-standings-screens';

const en = createTranslator('en-US');
const fr = createTranslator('fr-FR');
const redWins = () => ({ winner: 'red' as const, goals: { red: 5, blue: 2 } });

describe('tournament screens', () => {
  it('names who sits the round out in a Monster DYP, with the sides of the next match', () => {
    // Prepare: five players, so one sits out every round.
    const dyp = startTournament(
      createTournament({ format: 'monster_dyp', players: ['Alice', 'Bob', 'Carol', 'Dave', 'Eve'] }),
      'seed',
    );
    const view = nextMatch(dyp);
    const resting = dyp.rounds[0]?.sittingOut?.flatMap((index) => dyp.entrants[index]?.players ?? []);

    // Act
    const shown = whatComesNextDisplay(fr, dyp);

    // Assess
    expect(shown?.screen.datasources).toEqual({
      keyFigures: {
        title: 'Prochain match',
        subtitle: 'Tour 1 · match 1',
        figures: [
          { label: 'Rouges', value: view?.teams.red.join(' &amp; ') },
          { label: 'Bleus', value: view?.teams.blue.join(' &amp; ') },
          { label: 'Au repos', value: resting?.join(', ') },
        ],
      },
    });
    expect(shown && aplDocumentProblems(shown.screen)).toEqual([]);
  });

  it("lists the round's last matches when they are all on tables; progress draws the bracket", () => {
    const knockout = startTournament(
      createTournament({ format: 'knockout', mode: 'singles', players: ['Alice', 'Bob', 'Carol', 'Dave'] }),
      'seed',
    );
    const bothOn = startNextMatch(startNextMatch(knockout, 'm1'), 'm2');

    const shown = whatComesNextDisplay(en, bothOn);
    const progress = tournamentProgressDisplay(en, bothOn);

    expect(shown?.screen.datasources.keyFigures).toMatchObject({
      title: 'Round 1',
      subtitle: 'Last matches of the round on the table',
      figures: [
        { label: 'Match 1', value: expect.stringMatching(/^\w+ vs \w+$/) },
        { label: 'Match 2', value: expect.stringMatching(/^\w+ vs \w+$/) },
      ],
    });
    expect(progress?.screen.token).toBe('babyfoot.tournamentBracket');
    expect(progress?.card.text.split('\n')).toEqual([
      'Knockout · Round 1 of 2 · 3 to go',
      expect.stringMatching(/^Semi-finals: \w+ vs \w+ \(on the table\) · \w+ vs \w+ \(on the table\)$/),
      'Final: To be decided vs To be decided',
    ]);
  });

  it('lists a last man standing by lives left, those out by the round they went out in', () => {
    const survival = playOut(
      startTournament(
        createTournament({
          format: 'last_man_standing',
          players: ['Alice', 'Bob', 'Carol', 'Dave'],
          lives: 1,
        }),
        'seed',
      ),
      redWins,
    );

    const shown = tournamentStandingsDisplay(en, survival);

    const list = shown.screen.datasources.rankedList as { columns: string[]; rows: { figures: string[] }[] };
    expect(list.columns).toEqual(['Lives', 'Won', 'Goal diff.']);
    expect(list.rows[0]?.figures[0]).toBe('1');
    expect(list.rows.slice(1).map((row) => row.figures[0])).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Out in round \d$/)]),
    );
    expect(list.rows.slice(1).every((row) => /^Out in round \d$/.test(row.figures[0] ?? ''))).toBe(true);
  });

  it('shows nothing next once abandoned, and keeps its standings, marked as abandoned, team by team', () => {
    const doubles = startTournament(
      createTournament({
        format: 'round_robin',
        mode: 'doubles',
        players: ['Alice', 'Bob', 'Carol', 'Dave', 'Eve', 'Fred'],
      }),
      'seed',
    );
    const abandoned = abandonTournament(playOut(doubles, redWins, 1));

    const standings = tournamentStandingsDisplay(en, abandoned);

    expect(whatComesNextDisplay(en, abandoned)).toBeUndefined();
    expect(tournamentProgressDisplay(en, abandoned)).toBeUndefined();
    expect(standings.screen.datasources.rankedList).toMatchObject({
      title: 'Standings (abandoned)',
      subtitle: 'Round robin · 1 match played',
      nameHeader: 'Team',
      rows: [
        { position: 1, figures: ['2', '1', '+3'], highlight: false },
        { position: 2, figures: ['0', '0', '0'] },
        { position: 3, figures: ['0', '0', '-3'] },
      ],
    });
    expect(standings.card.title).toBe('Babyfoot: Standings (abandoned)');
  });
});
