import { beforeAll, describe, expect, it } from 'vitest';
import type { MatchResult } from '../../lambda/src/domain/match/result';
import { rankByRating, rebuildStats } from '../../lambda/src/domain/stats';
import { loadInteractionModel, resolveUtterance } from '../../local/alexa';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';
import { playSeason, STATS_PLAYERS } from './stats-season';
import {
  bestPartnerOf,
  headToHeadOf,
  inPeriod,
  nemesisOf,
  percentOf,
  type Ranked,
  tallyOf,
  winsRanking,
} from './stats-tally';

const ACCOUNT = 'amzn1.ask.account.player';
const NAMES = [...STATS_PLAYERS];

const ordinal = (rank: number) => (rank === 1 ? '1er' : `${rank}e`);
// In French, 0 and 1 take the singular.
const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count <= 1 ? word : words}`;
const games = (count: number) => plural(count, 'match', 'matchs');
const wins = (count: number) => plural(count, 'victoire');
const signed = (value: number) => (value > 0 ? `plus ${value}` : value < 0 ? `moins ${-value}` : '0');
const percent = (won: number, played: number) => `${percentOf(won, played)} pour cent`;

function rankingEntry({ rank, tally, shared }: Ranked): string {
  const place = shared ? `${ordinal(rank)} ex aequo` : ordinal(rank);
  const provisional = tally.played < 5 ? ', provisoire' : '';
  return `${place}, ${tally.name}${provisional} : ${wins(tally.won)} sur ${games(tally.played)}, ${percent(tally.won, tally.played)}`;
}

describe('classements, statistiques et pronostics en français, après une saison de 200 matchs', () => {
  let skill: SkillUnderTest;
  let season: MatchResult[];
  let now: number;

  beforeAll(async () => {
    skill = await skillUnderTest('fr-FR');
    now = Date.now();
    const table = { accountId: ACCOUNT, thingName: skill.thingName };
    season = await playSeason(skill.backend.deps.matches, table, { count: 200, seed: 23, now });
  }, 120_000);

  it('lit le classement général aux victoires, en une seule demande', async () => {
    const expected = winsRanking(season, NAMES).slice(0, 3).map(rankingEntry).join(' ; ');

    const turn = await skill.say('demande à mon baby foot le classement général');

    expect(turn.speech).toBe(`Classement aux victoires : ${expected}. 10 joueurs classés.`);
    expect(turn.sessionEnded).toBe(true);
  });

  it('lit le classement en simple, et celui de la semaine', async () => {
    const singles = season.filter((result) => result.mode === 'singles');
    const inSingles = winsRanking(singles, NAMES).slice(0, 3).map(rankingEntry).join(' ; ');
    expect((await skill.say('demande à mon baby foot le classement en simple')).speech).toBe(
      `Classement aux victoires en simple : ${inSingles}. 10 joueurs classés.`,
    );

    const week = winsRanking(inPeriod(season, 'week', now), NAMES);
    const more = week.length > 3 ? ` ${week.length} joueurs classés.` : '';
    expect((await skill.say('demande à mon baby foot le classement de la semaine')).speech).toBe(
      `Classement aux victoires cette semaine : ${week.slice(0, 3).map(rankingEntry).join(' ; ')}.${more}`,
    );
  });

  it('dit qui est le meilleur', async () => {
    const [first, second] = winsRanking(season, NAMES);
    if (first === undefined) throw new Error('empty season');
    expect(second?.rank).toBe(2);

    const turn = await skill.say('demande à mon baby foot qui est le meilleur');

    expect(turn.speech).toBe(
      `Numéro un aux victoires : ${first.tally.name}, avec ${wins(first.tally.won)} sur ${games(first.tally.played)}, ${percent(first.tally.won, first.tally.played)}.`,
    );
  });

  it('dit la place de chaque joueur, depuis le début et ce mois-ci', async () => {
    const month = inPeriod(season, 'month', now);
    for (const [results, question, scope] of [
      [season, (name: string) => `demande à mon baby foot où se classe ${name}`, ''],
      [month, (name: string) => `demande à mon baby foot ce mois-ci où se classe ${name}`, ' ce mois-ci'],
    ] as const) {
      const ranking = winsRanking(results, NAMES);
      for (const { rank, tally } of ranking) {
        const turn = await skill.say(question(tally.name));
        const provisional = tally.played < 5 ? ' Classement provisoire : moins de 5 matchs.' : '';
        expect(turn.speech).toBe(
          `${tally.name} est ${ordinal(rank)} sur ${ranking.length} aux victoires${scope}, avec ${wins(tally.won)} sur ${games(tally.played)}, ${percent(tally.won, tally.played)}.${provisional}`,
        );
      }
    }
  });

  it('lit les statistiques de chaque joueur, comptées depuis l’historique brut', async () => {
    for (const name of NAMES) {
      const tally = tallyOf(season, name);
      const partner = bestPartnerOf(season, name);
      const nemesis = nemesisOf(season, name);
      const lost = tally.played - tally.won;
      const expected = [
        `${name} : ${games(tally.played)}, ${tally.won} gagnés et ${lost} perdus, ${percent(tally.won, tally.played)}.`,
        `Buts pour : ${tally.goalsFor}, contre : ${tally.goalsAgainst}, différence : ${signed(tally.goalsFor - tally.goalsAgainst)}.`,
        ...(tally.goalsCredited > 0
          ? [
              `${plural(tally.goalsCredited, 'but', 'buts')} ${tally.goalsCredited <= 1 ? 'marqué' : 'marqués'} à son nom.`,
            ]
          : []),
        `Série de victoires en cours : ${tally.currentStreak} ; record : ${tally.longestStreak}.`,
        ...(partner
          ? [
              `Meilleur partenaire : ${partner.name}, ${wins(partner.won)} sur ${games(partner.played)} ensemble.`,
            ]
          : []),
        ...(nemesis
          ? [
              `Bête noire : ${nemesis.name}, ${plural(nemesis.played - nemesis.won, 'défaite')} sur ${games(nemesis.played)} face à face.`,
            ]
          : []),
        `Fannys infligées : ${tally.fannysGiven}, subies : ${tally.fannysTaken}.`,
      ].join(' ');

      expect((await skill.say(`demande à mon baby foot les stats de ${name}`)).speech).toBe(expected);
    }
  });

  it('lit le bilan de la semaine de chaque joueur, ou dit qu’il n’a pas joué', async () => {
    const week = inPeriod(season, 'week', now);
    for (const name of NAMES) {
      const tally = tallyOf(week, name);
      const turn = await skill.say(`demande à mon baby foot le bilan de la semaine de ${name}`);
      if (tally.played === 0) {
        expect(turn.speech).toBe(`${name} n'a pas joué cette semaine.`);
        continue;
      }
      const lost = tally.played - tally.won;
      expect(
        turn.speech.startsWith(
          `${name} cette semaine : ${games(tally.played)}, ${tally.won} gagnés et ${lost} perdus, ${percent(tally.won, tally.played)}.`,
        ),
      ).toBe(true);
      expect(turn.speech).toContain(
        `Fannys infligées : ${tally.fannysGiven}, subies : ${tally.fannysTaken}.`,
      );
    }
  });

  it('dit le face-à-face de deux joueurs, dans l’ordre demandé', async () => {
    for (const [first, second] of [
      ['Alice', 'Bob'],
      ['Jean-Pierre', 'Léa'],
      ['Carole', 'Sophie'],
    ] as const) {
      const record = headToHeadOf(season, first, second);
      const turn = await skill.say(`demande à mon baby foot comment s'en sort ${first} contre ${second}`);
      expect(turn.speech).toBe(
        `${first} contre ${second} : ${games(record.played)}. ${record.firstWins} pour ${first}, ${record.secondWins} pour ${second}. Buts : ${record.firstGoals} à ${record.secondGoals}.`,
      );
    }
  });

  it('classe au niveau comme le ferait un recomptage de l’historique', async () => {
    const expected = rankByRating(rebuildStats(season).all, { limit: 3 });
    const decimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

    const turn = await skill.say('demande à mon baby foot le classement par niveau');

    const entries = expected.map(
      (entry) => `${ordinal(entry.rank)}, ${entry.name} : niveau ${decimal.format(entry.rating)}`,
    );
    expect(turn.speech).toBe(`Classement au niveau : ${entries.join(' ; ')}. 10 joueurs classés.`);
  });

  it('donne la paire forte gagnante contre la paire faible', async () => {
    const turn = await skill.say(
      'demande à mon baby foot Sophie et Jean-Pierre contre Alice et Bob, qui gagne ?',
    );

    const [, chances] =
      /^Sophie et Jean-Pierre contre Alice et Bob : Sophie et Jean-Pierre, environ \d+ chances? sur \d+ de gagner, (\d+) pour cent\.$/.exec(
        turn.speech,
      ) ?? [];
    expect(Number(chances)).toBeGreaterThan(50);
  });

  it('pronostique le match en cours sur le babyfoot', async () => {
    await skill.say('demande à mon baby foot de lancer un match entre Jean-Pierre et Alice');

    const turn = await skill.say('demande à mon baby foot qui va gagner');

    expect(turn.speech).toMatch(
      /^Jean-Pierre contre Alice : Jean-Pierre, environ \d+ chances? sur \d+ de gagner, \d+ pour cent\.$/,
    );
  });

  it('dit qui il n’a pas trouvé, et les noms connus les plus proches', async () => {
    expect((await skill.say('demande à mon baby foot le bilan Sofie contre Bob')).speech).toBe(
      'Je ne connais aucun joueur nommé Sofie. Vouliez-vous dire Sophie ?',
    );
    expect((await skill.say('demande à mon baby foot où se classe Maximilien')).speech).toBe(
      'Je ne connais aucun joueur nommé Maximilien.',
    );
  });

  it('entend les questions de statistiques comme telles, et les commandes de match comme des commandes', () => {
    const model = loadInteractionModel('fr-FR');
    const heard = (text: string) => resolveUtterance(model, text).intent;
    expect(heard('qui est le meilleur')).toBe('LeaderIntent');
    expect(heard('classement en simple')).toBe('RankingIntent');
    expect(heard('top trois')).toBe('RankingIntent');
    expect(heard('où se classe Alice')).toBe('PlayerRankIntent');
    expect(heard('les stats de Bob')).toBe('PlayerStatsIntent');
    expect(heard('bilan Alice contre Bob')).toBe('HeadToHeadIntent');
    // Deux prénoms et rien d'autre : les joueurs veulent jouer.
    expect(heard('Alice contre Bob')).toBe('StartMatchIntent');
    expect(heard('qui va gagner')).toBe('PredictionIntent');
    expect(heard('Alice et Bob contre Carole et David, qui gagne ?')).toBe('PredictionIntent');
    expect(heard('qui gagne')).toBe('ScoreIntent');
    expect(heard('nouveau match Alice contre Bob')).toBe('StartMatchIntent');
    expect(heard('lance un match en double Alice et Bob contre Carole et David')).toBe('StartMatchIntent');
    expect(heard('but pour Alice')).toBe('GoalIntent');
  });
});
