import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Match, TeamColor } from '../../lambda/src/domain/match/types';
import { ECHO_SCREENS } from '../../local/alexa';
import type { SkillUnderTest } from '../support/skill-device';
import { type EchoPair, echoPair, type Shown, shownBy } from './display-pair';

async function tableMatch(skill: SkillUnderTest): Promise<Match> {
  const { match } = await skill.stored();
  if (!match) throw new Error('No match on the table');
  return match;
}

/** The table's sensors score five goals for red, as the IoT rule would deliver them. */
async function redWinsOnTable(skill: SkillUnderTest): Promise<Match> {
  const match = await tableMatch(skill);
  for (let goal = 0; goal < 5; goal++) {
    const outcome = await skill.backend.goalEventHandler({
      eventId: `${match.id}-${goal}`,
      matchId: match.id,
      team: 'red' satisfies TeamColor,
      at: 1_700_000_000_000 + goal,
      thingName: skill.thingName,
    });
    expect(outcome.status).toBe('counted');
  }
  return match;
}

/** Starts the next tournament match from the Show; checks the scoreboard it draws. */
async function startNext(pair: EchoPair, utterance: string): Promise<Match> {
  const started = shownBy(await pair.show.say(utterance));
  const match = await tableMatch(pair.show);
  expect(started.screen?.token).toBe('babyfoot.scoreboard');
  expect(started.screen?.datasources.scoreboard).toMatchObject({
    state: 'playing',
    teams: [
      { team: 'red', names: match.teams.red.join(' &amp; '), score: 0 },
      { team: 'blue', names: match.teams.blue.join(' &amp; '), score: 0 },
    ],
  });
  return match;
}

const rowSchema = z.object({
  position: z.number(),
  name: z.string(),
  figures: z.array(z.string()),
  highlight: z.boolean(),
});

function rowsOf(shown: Shown) {
  return z.object({ rows: z.array(rowSchema) }).parse(shown.screen?.datasources.rankedList).rows;
}

describe('tournament screens and cards in English', () => {
  it('shows a knockout: next match, scoreboard, bracket, progress, then the podium and the final standings', async () => {
    const pair = await echoPair('en-US', ECHO_SCREENS.show8);
    const created = shownBy(
      await pair.show.say(
        'ask baby foot to create a knockout tournament in singles with Alice and Bob and Carol and Dave',
      ),
    );
    expect(created.screen).toBeUndefined();

    const started = shownBy(await pair.show.say('ask baby foot to start the tournament'));
    const [, red, blue] =
      /Next match, round 1: (\w+) on red against (\w+) on blue\./.exec(started.speech) ?? [];
    const nextMatch = {
      title: 'Next match',
      subtitle: 'Round 1 · match 1',
      figures: [
        { label: 'Red', value: red },
        { label: 'Blue', value: blue },
      ],
    };
    expect(started.screen?.token).toBe('babyfoot.tournamentNextMatch');
    expect(started.screen?.datasources.keyFigures).toEqual(nextMatch);
    const asked = await pair.ask("ask baby foot what's the next match");
    expect(asked.screen?.datasources.keyFigures).toEqual(nextMatch);
    expect(asked.card).toEqual({
      type: 'Simple',
      title: 'Babyfoot: Next match',
      content: `Round 1 · match 1\nRed: ${red}\nBlue: ${blue}`,
    });

    const first = await startNext(pair, 'ask baby foot to start the next match');
    expect([first.teams.red, first.teams.blue]).toEqual([[red], [blue]]);
    await redWinsOnTable(pair.show);
    const bracket = await pair.ask('ask baby foot for the tournament standings');
    expect(bracket.screen?.token).toBe('babyfoot.tournamentStandings');
    expect(bracket.screen?.datasources.rankedList).toMatchObject({
      title: 'Tournament standings',
      subtitle: 'Knockout · Round 1 of 2',
      nameHeader: 'Player',
      columns: ['Status'],
    });
    const stillIn = ['Alice', 'Bob', 'Carol', 'Dave'].filter((name) => name !== blue);
    expect(rowsOf(bracket)).toEqual([
      ...stillIn.map((name) => ({ position: 1, name, figures: ['Still in'], highlight: false })),
      { position: 4, name: blue, figures: ['Out in round 1'], highlight: false },
    ]);
    expect(bracket.card?.content.split('\n')).toEqual([
      'Knockout · Round 1 of 2',
      ...stillIn.map((name) => `1. ${name}: Status Still in`),
      `4. ${blue}: Status Out in round 1`,
    ]);
    const progress = await pair.ask('ask baby foot which round are we in');
    expect(progress.speech).toBe('Round 1 of 2: 1 played, 2 to go.');
    expect(progress.screen?.datasources.keyFigures).toEqual({
      title: 'Tournament',
      subtitle: 'Knockout',
      figures: [
        { label: 'Round', value: '1 of 2' },
        { label: 'Matches played', value: '1' },
        { label: 'Matches to go', value: '2' },
      ],
    });

    const second = await startNext(pair, 'ask baby foot to start the next match');
    await redWinsOnTable(pair.show);
    const final = await startNext(pair, 'ask baby foot to start the next match');
    await redWinsOnTable(pair.show);
    const [champion = '', finalist = ''] = [final.teams.red[0], final.teams.blue[0]];
    const semiFinalLosers = [blue, second.teams.blue[0]];

    const podium = await pair.ask('ask baby foot which round are we in');
    expect(podium.speech).toMatch(new RegExp(`^The tournament is over\\. ${champion} wins the tournament!`));
    expect(podium.screen?.token).toBe('babyfoot.podium');
    expect(podium.screen?.datasources.rankedList).toMatchObject({
      title: 'Podium',
      subtitle: 'Knockout · the tournament is over',
      columns: [],
    });
    expect(rowsOf(podium)).toEqual([
      { position: 1, name: champion, figures: [], highlight: true },
      { position: 2, name: finalist, figures: [], highlight: false },
      ...semiFinalLosers.map((name) => ({ position: 3, name, figures: [], highlight: false })),
    ]);
    expect(podium.card?.content).toBe(
      [`1. ${champion}`, `2. ${finalist}`, ...semiFinalLosers.map((name) => `3. ${name}`)]
        .join('\n')
        .replace(/^/, 'Knockout · the tournament is over\n'),
    );
    const standings = await pair.ask('ask baby foot for the tournament standings');
    expect(standings.screen?.datasources.rankedList).toMatchObject({
      title: 'Final standings',
      subtitle: 'Knockout · Round 2 of 2',
    });
    expect(rowsOf(standings).map((row) => [row.position, row.name, row.figures[0], row.highlight])).toEqual([
      [1, champion, 'Still in', true],
      [2, finalist, 'Out in round 2', false],
      // Out in the same round, they share the place, listed in seed (entry) order.
      ...['Alice', 'Bob', 'Carol', 'Dave']
        .filter((name) => semiFinalLosers.includes(name))
        .map((name) => [3, name, 'Out in round 1', false]),
    ]);
  });
});

const ORDINALS = ['Premier', 'Deuxième', 'Troisième', 'Quatrième'];

describe('écrans et cartes des tournois en français', () => {
  it('affiche le classement d’un championnat tel que le dit la voix et tel que compté à la main', async () => {
    const pair = await echoPair('fr-FR', ECHO_SCREENS.spot);
    await pair.show.say(
      'demande à mon baby foot de créer un championnat en simple avec Alice et Bob et Carole et David',
    );
    const started = shownBy(await pair.show.say('demande à mon baby foot de lancer le tournoi'));
    expect(started.screen?.datasources.keyFigures).toMatchObject({
      title: 'Prochain match',
      subtitle: 'Tour 1 · match 1',
      figures: [{ label: 'Rouges' }, { label: 'Bleus' }],
    });
    const empty = await pair.ask('demande à mon baby foot le classement du tournoi');
    expect(empty.speech).toBe("Aucun match n'a encore été joué.");
    expect(empty.screen?.datasources.rankedList).toMatchObject({
      title: 'Classement du tournoi',
      subtitle: 'Championnat · 0 match joué',
      columns: ['Points', 'Gagnés', 'Diff.'],
      emptyText: 'Rien à afficher pour le moment.',
      rows: [],
    });

    const tally = new Map<string, { points: number; wins: number; difference: number }>();
    for (let played = 0; played < 3; played++) {
      const match = await startNext(pair, 'demande à mon baby foot de lancer le prochain match');
      await redWinsOnTable(pair.show);
      for (const [name, won] of [
        [match.teams.red[0] ?? '', true],
        [match.teams.blue[0] ?? '', false],
      ] as const) {
        const row = tally.get(name) ?? { points: 0, wins: 0, difference: 0 };
        tally.set(name, {
          points: row.points + (won ? 2 : 0),
          wins: row.wins + (won ? 1 : 0),
          difference: row.difference + (won ? 5 : -5),
        });
      }
    }

    const standings = await pair.ask('demande à mon baby foot le classement du tournoi');
    const spoken = [
      ...standings.speech.matchAll(
        /(\p{L}+)(?: ex æquo)? : (\p{L}+), (\d+) points?, (\d+) victoires?, différence de buts ([+-]?\d+)\./gu,
      ),
    ].map(([, place = '', name = '', points, wins, difference]) => ({
      position: ORDINALS.indexOf(place) + 1,
      name,
      figures: [String(points), String(wins), String(difference)],
      highlight: false,
    }));
    expect(spoken).toHaveLength(4);
    expect(rowsOf(standings)).toEqual(spoken);
    for (const row of rowsOf(standings)) {
      const counted = tally.get(row.name) ?? { points: 0, wins: 0, difference: 0 };
      const difference = counted.difference > 0 ? `+${counted.difference}` : String(counted.difference);
      expect(row.figures).toEqual([String(counted.points), String(counted.wins), difference]);
    }
    expect(standings.card?.title).toBe('Babyfoot : Classement du tournoi');
    expect(standings.card?.content.split('\n')[0]).toBe('Championnat · 3 matchs joués');
    const progress = await pair.ask('demande à mon baby foot où en est le tournoi');
    expect(progress.screen?.datasources.keyFigures).toMatchObject({
      title: 'Tournoi',
      subtitle: 'Championnat',
      figures: [
        { label: 'Tour' },
        { label: 'Matchs joués', value: '3' },
        { label: 'Matchs à jouer', value: '3' },
      ],
    });
  });
});
