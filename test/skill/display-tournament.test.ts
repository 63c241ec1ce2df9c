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

const lineSchema = z.object({ names: z.string(), score: z.string(), winner: z.boolean() });
const bracketSchema = z.object({
  title: z.string(),
  subtitle: z.string(),
  rounds: z.array(
    z.object({
      title: z.string(),
      subtitle: z.string(),
      matches: z.array(z.object({ red: lineSchema, blue: lineSchema, live: z.boolean() })),
    }),
  ),
});

/** The bracket screen's data: its rounds as columns. */
function bracketOf(shown: Shown) {
  return bracketSchema.parse(shown.screen?.datasources.bracket);
}

function rowsOf(shown: Shown) {
  return z.object({ rows: z.array(rowSchema) }).parse(shown.screen?.datasources.rankedList).rows;
}

describe('tournament screens and cards in English', () => {
  it('shows a knockout: next match, scoreboard, its bracket for standings and progress, then the podium', async () => {
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
    expect(bracket.screen?.token).toBe('babyfoot.tournamentBracket');
    const [other = '', another = ''] = ['Alice', 'Bob', 'Carol', 'Dave'].filter(
      (name) => name !== red && name !== blue,
    );
    const line = (names: string, score: string, winner: boolean) => ({ names, score, winner });
    const semiFinals = bracketOf(bracket).rounds[0]?.matches ?? [];
    expect(bracketOf(bracket)).toMatchObject({
      title: 'Bracket',
      subtitle: 'Knockout · Round 1 of 2 · 2 to go',
      rounds: [{ title: 'Semi-finals' }, { title: 'Final' }],
    });
    // The first semi-final: its winner highlighted, with the score the table counted.
    expect(semiFinals[0]).toEqual({
      red: line(red ?? '', '5', true),
      blue: line(blue ?? '', '0', false),
      live: false,
    });
    expect([semiFinals[1]?.red.names, semiFinals[1]?.blue.names].sort()).toEqual([other, another].sort());
    expect(bracket.card?.content.split('\n')).toEqual([
      'Knockout · Round 1 of 2 · 2 to go',
      expect.stringMatching(new RegExp(`^Semi-finals: ${red} 5–0 ${blue} · \\w+ vs \\w+$`)),
      'Final: To be decided vs To be decided',
    ]);
    const progress = await pair.ask('ask baby foot which round are we in');
    expect(progress.speech).toBe('Round 1 of 2: 1 played, 2 to go.');
    expect(progress.screen?.token).toBe('babyfoot.tournamentBracket');
    expect(bracketOf(progress).subtitle).toBe('Knockout · Round 1 of 2 · 2 to go');

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
    expect(bracketOf(standings).subtitle).toBe('Knockout · the tournament is over');
    expect(bracketOf(standings).rounds[1]?.matches).toEqual([
      { red: line(champion, '5', true), blue: line(finalist, '0', false), live: false },
    ]);
    expect(
      bracketOf(standings)
        .rounds[0]?.matches.map((match) => match.blue.names)
        .sort(),
    ).toEqual(semiFinalLosers.sort());
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

describe("l'écran du tableau d'une double élimination", () => {
  it('montre les tours en colonnes, le tableau des perdants et la grande finale, avec les vainqueurs', async () => {
    const pair = await echoPair('fr-FR', ECHO_SCREENS.show8);
    await pair.show.say(
      'demande à mon baby foot de créer un tournoi en double élimination en simple avec Alice et Bob et Carole',
    );
    await pair.show.say('demande à mon baby foot de lancer le tournoi');
    const played: Match[] = [];
    for (let match = 0; match < 4; match++) {
      played.push(await startNext(pair, 'demande à mon baby foot de lancer le prochain match'));
      await redWinsOnTable(pair.show);
    }

    const shown = await pair.ask('demande à mon baby foot le classement du tournoi');

    expect(shown.screen?.token).toBe('babyfoot.tournamentBracket');
    const { subtitle, rounds } = bracketOf(shown);
    expect(subtitle).toBe('Double élimination · le tournoi est terminé');
    expect(rounds.map((round) => round.title)).toEqual(rounds.map((_, index) => `Tour ${index + 1}`));
    expect(rounds.map((round) => round.subtitle)).toContain('Tableau des perdants');
    expect(rounds.at(-1)?.subtitle).toBe('Grande finale');
    // Every match played, its red side the winner on the table, highlighted.
    const shownMatches = rounds
      .flatMap((round) => round.matches)
      .filter((match) => match.blue.names !== 'Exempt');
    expect(shownMatches.map((match) => [match.red.names, match.blue.names])).toEqual(
      played.map((match) => [match.teams.red[0], match.teams.blue[0]]),
    );
    for (const match of shownMatches) {
      expect(match.red).toMatchObject({ score: '5', winner: true });
      expect(match.blue).toMatchObject({ score: '0', winner: false });
    }
    expect(shown.card?.title).toBe('Babyfoot : Tableau');
    expect(shown.card?.content.split('\n').at(-1)).toMatch(/^Tour \d · Grande finale: \p{L}+ 5–0 \p{L}+$/u);
  });
});
