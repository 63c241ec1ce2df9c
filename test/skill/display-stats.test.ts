import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { MatchResult } from '../../lambda/src/domain/match/result';
import { rankByRating, rebuildStats } from '../../lambda/src/domain/stats';
import { ECHO_SCREENS } from '../../local/alexa';
import { type EchoPair, echoPair } from './display-pair';
import { playSeason, STATS_PLAYERS } from './stats-season';
import { bestPartnerOf, headToHeadOf, nemesisOf, percentOf, tallyOf, winsRanking } from './stats-tally';

const ACCOUNT = 'amzn1.ask.account.player';

const ordinal = (rank: number) =>
  `${rank}${rank === 1 ? 'st' : rank === 2 ? 'nd' : rank === 3 ? 'rd' : 'th'}`;
const NAMES = [...STATS_PLAYERS];

/** Plays a short season on the pair's table, through the store as a turn would. */
async function season(pair: EchoPair, seed: number): Promise<MatchResult[]> {
  const table = { accountId: ACCOUNT, thingName: pair.show.thingName };
  return playSeason(pair.show.backend.deps.matches, table, { count: 40, seed, now: Date.now() });
}

describe('stats screens and cards in English', () => {
  let pair: EchoPair;
  let results: MatchResult[];

  beforeAll(async () => {
    pair = await echoPair('en-US', ECHO_SCREENS.show10);
    results = await season(pair, 5);
  }, 60_000);

  it('shows the whole ranking by wins, as counted from the history, and lists it on a card', async () => {
    const ranking = winsRanking(results, NAMES);
    const provisional = ranking.some((entry) => entry.tally.played < 5);
    const rows = ranking.map(({ rank, tally }) => ({
      position: rank,
      name: tally.played < 5 ? `${tally.name}*` : tally.name,
      figures: [String(tally.won), String(tally.played), `${percentOf(tally.won, tally.played)}%`],
      highlight: false,
    }));

    const shown = await pair.ask('ask baby foot for the rankings');

    expect(shown.speech).toMatch(/^Rankings by wins: 1st, /);
    expect(shown.screen?.token).toBe('babyfoot.rankings');
    const subtitle = `All matches · All time${provisional ? ' · * provisional: fewer than 5 games' : ''}`;
    expect(shown.screen?.datasources.rankedList).toEqual({
      title: 'Rankings by wins',
      subtitle,
      positionHeader: '#',
      nameHeader: 'Player',
      columns: ['Won', 'Played', 'Win rate'],
      emptyText: '',
      rows,
    });
    expect(shown.card?.title).toBe('Babyfoot: Rankings by wins');
    expect(shown.card?.content.split('\n')).toEqual([
      subtitle,
      ...rows.map(
        (row) =>
          `${row.position}. ${row.name}: Won ${row.figures[0]} · Played ${row.figures[1]} · Win rate ${row.figures[2]}`,
      ),
    ]);
  });

  it('shows the ranking by rating with one decimal, and highlights number one', async () => {
    const byRating = rankByRating(rebuildStats(results).all);

    const rankings = await pair.ask('ask baby foot for the rankings by rating');
    const leader = await pair.ask("ask baby foot who's number one");

    expect(rankings.screen?.datasources.rankedList).toMatchObject({
      title: 'Rankings by skill rating',
      columns: ['Rating', 'Played'],
      rows: byRating.map((entry) => ({
        position: entry.rank,
        name: entry.provisional ? `${entry.name}*` : entry.name,
        figures: [entry.rating.toFixed(1), String(entry.played)],
        highlight: false,
      })),
    });
    const leaders = winsRanking(results, NAMES).filter((entry) => entry.rank === 1);
    const rows = leader.screen?.datasources.rankedList;
    expect(rows).toMatchObject({ title: 'Rankings by wins' });
    const shownRows = z
      .array(z.object({ name: z.string(), highlight: z.boolean() }))
      .parse(z.object({ rows: z.array(z.unknown()) }).parse(rows).rows);
    expect(shownRows.filter((row) => row.highlight).map((row) => row.name.replace('*', ''))).toEqual(
      leaders.map((entry) => entry.tally.name),
    );
    expect(shownRows.length).toBeGreaterThan(leaders.length);
  });

  it("shows a player's rank and a player's stats as key figures", async () => {
    const ranking = winsRanking(results, NAMES);
    const third = ranking[2];
    if (third === undefined) throw new Error('fewer than three players ranked');
    const name = third.tally.name;
    const tally = tallyOf(results, name);
    const partner = bestPartnerOf(results, name);
    const nemesis = nemesisOf(results, name);

    const rank = await pair.ask(`ask baby foot what's ${name}'s rank`);
    const stats = await pair.ask(`ask baby foot for ${name}'s stats`);

    expect(rank.screen?.token).toBe('babyfoot.playerRank');
    expect(rank.screen?.datasources.keyFigures).toEqual({
      title: name,
      subtitle: 'Rankings by wins · All matches · All time',
      figures: [
        { label: 'Rank', value: `${ordinal(third.rank)} of ${ranking.length}` },
        { label: 'Won', value: String(tally.won) },
        { label: 'Played', value: String(tally.played) },
        { label: 'Win rate', value: `${percentOf(tally.won, tally.played)}%` },
      ],
    });
    const difference = tally.goalsFor - tally.goalsAgainst;
    const figures = [
      ['Played', tally.played],
      ['Won–lost', `${tally.won}–${tally.played - tally.won}`],
      ['Win rate', `${percentOf(tally.won, tally.played)}%`],
      ['Goals for–against', `${tally.goalsFor}–${tally.goalsAgainst}`],
      ['Goal difference', difference > 0 ? `+${difference}` : String(difference)],
      ...(tally.goalsCredited > 0 ? [['Goals scored by name', tally.goalsCredited]] : []),
      ['Winning streak', tally.currentStreak],
      ['Longest streak', tally.longestStreak],
      ...(partner ? [['Best partner', partner.name]] : []),
      ...(nemesis ? [['Nemesis', nemesis.name]] : []),
      ['Fannys given–taken', `${tally.fannysGiven}–${tally.fannysTaken}`],
    ].map(([label, value]) => ({ label: String(label), value: String(value) }));
    expect(stats.screen?.token).toBe('babyfoot.playerStats');
    expect(stats.screen?.datasources.keyFigures).toEqual({
      title: name,
      subtitle: 'All matches · All time',
      figures,
    });
    expect(stats.card).toEqual({
      type: 'Simple',
      title: `Babyfoot: ${name}`,
      content: ['All matches · All time', ...figures.map((f) => `${f.label}: ${f.value}`)].join('\n'),
    });
  });

  it('shows a head to head and the chances of each side', async () => {
    const record = headToHeadOf(results, 'Alice', 'Jean-Pierre');

    const h2h = await pair.ask('ask baby foot how Alice does against Jean-Pierre');
    const prediction = await pair.ask('ask baby foot Alice and Zoe against Bob and Emma, who wins?');

    expect(h2h.screen?.datasources.keyFigures).toEqual({
      title: 'Alice vs Jean-Pierre',
      subtitle: 'All matches · All time',
      figures: [
        { label: 'Played', value: String(record.played) },
        { label: 'Wins · Alice', value: String(record.firstWins) },
        { label: 'Wins · Jean-Pierre', value: String(record.secondWins) },
        { label: 'Goals', value: `${record.firstGoals}–${record.secondGoals}` },
      ],
    });
    const [, favourite = '', spoken = ''] =
      /: (Alice and Zoe|Bob and Emma)(?:, about .+ to win|; .+), (\d+) percent\./.exec(prediction.speech) ??
      [];
    const aliceSide = favourite === 'Alice and Zoe' ? Number(spoken) : 100 - Number(spoken);
    expect(prediction.screen?.token).toBe('babyfoot.prediction');
    expect(prediction.screen?.datasources.keyFigures).toEqual({
      title: 'Alice &amp; Zoe vs Bob &amp; Emma',
      subtitle: 'Chances to win',
      figures: [
        { label: 'Alice &amp; Zoe', value: `${aliceSide}%` },
        { label: 'Bob &amp; Emma', value: `${100 - aliceSide}%` },
        { label: 'Newcomers', value: 'Zoe' },
      ],
    });
    expect(prediction.card?.content).toBe(
      `Chances to win\nAlice & Zoe: ${aliceSide}%\nBob & Emma: ${100 - aliceSide}%\nNewcomers: Zoe`,
    );
  });

  it('shows nothing and puts no card when the name is unknown', async () => {
    const unknown = await pair.ask("ask baby foot what's Sofie's rank");

    expect(unknown.speech).toBe("I don't know any player called Sofie. Did you mean Sophie?");
    expect(unknown.screen).toBeUndefined();
    expect(unknown.card).toBeUndefined();
  });
});

describe('écrans et cartes des statistiques en français', () => {
  let pair: EchoPair;
  let results: MatchResult[];

  beforeAll(async () => {
    pair = await echoPair('fr-FR', ECHO_SCREENS.spot);
    results = await season(pair, 9);
  }, 60_000);

  it('affiche le classement général avec des libellés français', async () => {
    const ranking = winsRanking(results, NAMES);
    const [first] = ranking;

    const shown = await pair.ask('demande à mon baby foot le classement général');

    expect(shown.speech).toMatch(/^Classement aux victoires : 1er[ ,]/);
    expect(shown.screen?.datasources.rankedList).toMatchObject({
      title: 'Classement aux victoires',
      nameHeader: 'Joueur',
      columns: ['Gagnés', 'Joués', '% victoires'],
      rows: ranking.map(({ rank, tally }) => ({
        position: rank,
        figures: [String(tally.won), String(tally.played), `${percentOf(tally.won, tally.played)} %`],
      })),
    });
    expect(shown.card?.title).toBe('Babyfoot : Classement aux victoires');
    expect(shown.card?.content).toContain(
      `1. ${first?.tally.name} : Gagnés ${first?.tally.won} · Joués ${first?.tally.played} · % victoires `,
    );
  });

  it('affiche les stats d’un joueur, un face-à-face et un pronostic', async () => {
    const tally = tallyOf(results, 'Sophie');
    const record = headToHeadOf(results, 'Bob', 'Sophie');

    const stats = await pair.ask('demande à mon baby foot les stats de Sophie');
    const h2h = await pair.ask('demande à mon baby foot le bilan de Bob contre Sophie');
    const prediction = await pair.ask('demande à mon baby foot Alice contre Jean-Pierre, qui gagne');

    const statsFigures = z
      .object({ title: z.string(), subtitle: z.string(), figures: z.array(z.unknown()) })
      .parse(stats.screen?.datasources.keyFigures);
    expect({ ...statsFigures, figures: statsFigures.figures.slice(0, 3) }).toEqual({
      title: tally.played < 5 ? 'Sophie*' : 'Sophie',
      subtitle:
        tally.played < 5
          ? 'Tous les matchs · Depuis le début · * provisoire : moins de 5 matchs'
          : 'Tous les matchs · Depuis le début',
      figures: [
        { label: 'Joués', value: String(tally.played) },
        { label: 'Gagnés–perdus', value: `${tally.won}–${tally.played - tally.won}` },
        { label: '% victoires', value: `${percentOf(tally.won, tally.played)} %` },
      ],
    });
    expect(h2h.screen?.datasources.keyFigures).toEqual({
      title: 'Bob contre Sophie',
      subtitle: 'Tous les matchs · Depuis le début',
      figures: [
        { label: 'Joués', value: String(record.played) },
        { label: 'Victoires · Bob', value: String(record.firstWins) },
        { label: 'Victoires · Sophie', value: String(record.secondWins) },
        { label: 'Buts', value: `${record.firstGoals}–${record.secondGoals}` },
      ],
    });
    expect(prediction.screen?.datasources.keyFigures).toMatchObject({
      title: 'Alice contre Jean-Pierre',
      subtitle: 'Chances de gagner',
    });
    const chances = prediction.card?.content.match(/(\d+) %/g)?.map((value) => Number.parseInt(value, 10));
    expect(chances?.reduce((sum, value) => sum + value, 0)).toBe(100);
    expect(prediction.speech).toContain(`${Math.max(...(chances ?? []))} pour cent`);
  });
});
