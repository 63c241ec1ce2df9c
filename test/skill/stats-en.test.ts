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

const ordinal = (rank: number) =>
  `${rank}${rank === 1 ? 'st' : rank === 2 ? 'nd' : rank === 3 ? 'rd' : 'th'}`;
const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;
const games = (count: number) => plural(count, 'game');
const wins = (count: number) => plural(count, 'win');
const signed = (value: number) => (value > 0 ? `plus ${value}` : value < 0 ? `minus ${-value}` : '0');

function rankingEntry({ rank, tally, shared }: Ranked): string {
  const place = shared ? `joint ${ordinal(rank)}` : ordinal(rank);
  const provisional = tally.played < 5 ? ', provisional' : '';
  const rate = percentOf(tally.won, tally.played);
  return `${place}, ${tally.name}${provisional}: ${wins(tally.won)} in ${games(tally.played)}, ${rate} percent`;
}

describe('rankings, stats and predictions in English, after a season of 200 matches', () => {
  let skill: SkillUnderTest;
  let season: MatchResult[];
  let now: number;

  beforeAll(async () => {
    skill = await skillUnderTest('en-US');
    now = Date.now();
    const table = { accountId: ACCOUNT, thingName: skill.thingName };
    season = await playSeason(skill.backend.deps.matches, table, { count: 200, seed: 11, now });
  }, 120_000);

  it('keeps every finished match in the history, and no abandoned one', async () => {
    const newest = await skill.history();
    expect(newest.map((result) => result.id)).toEqual(
      season
        .slice(-50)
        .reverse()
        .map((result) => result.id),
    );
    expect(season).toHaveLength(200);
  });

  it('reads the rankings by wins, one-shot, as counted from the raw history', async () => {
    const expected = winsRanking(season, NAMES);

    const turn = await skill.say('ask baby foot for the rankings');

    const entries = expected.slice(0, 3).map(rankingEntry).join('; ');
    expect(turn.speech).toBe(`Rankings by wins: ${entries}. 10 players ranked.`);
    expect(turn.sessionEnded).toBe(true);
  });

  it('reads the top 5 in singles, and this week', async () => {
    const singles = season.filter((result) => result.mode === 'singles');
    const inSingles = winsRanking(singles, NAMES).slice(0, 5).map(rankingEntry).join('; ');
    expect((await skill.say('ask baby foot for the top five players in singles')).speech).toBe(
      `Rankings by wins in singles: ${inSingles}. 10 players ranked.`,
    );

    const week = winsRanking(inPeriod(season, 'week', now), NAMES);
    const weekly = await skill.say('ask baby foot for the rankings this week');
    const more = week.length > 3 ? ` ${week.length} players ranked.` : '';
    expect(weekly.speech).toBe(
      `Rankings by wins this week: ${week.slice(0, 3).map(rankingEntry).join('; ')}.${more}`,
    );
  });

  it('says who is number one', async () => {
    const leaders = winsRanking(season, NAMES).filter((entry) => entry.rank === 1);
    const [first] = leaders;
    expect(leaders).toHaveLength(1);
    if (first === undefined) return;

    const turn = await skill.say("ask baby foot who's number one");

    const rate = percentOf(first.tally.won, first.tally.played);
    expect(turn.speech).toBe(
      `Number one by wins: ${first.tally.name}, with ${wins(first.tally.won)} in ${games(first.tally.played)}, ${rate} percent.`,
    );
  });

  it("says every player's rank, all time and this month", async () => {
    const month = inPeriod(season, 'month', now);
    for (const [results, question, scope] of [
      [season, (name: string) => `ask baby foot what's ${name}'s rank`, ''],
      [month, (name: string) => `ask baby foot where does ${name} rank this month`, ' this month'],
    ] as const) {
      const ranking = winsRanking(results, NAMES);
      for (const { rank, tally } of ranking) {
        const turn = await skill.say(question(tally.name));
        const rate = percentOf(tally.won, tally.played);
        const provisional = tally.played < 5 ? ' Provisional: fewer than 5 games.' : '';
        expect(turn.speech).toBe(
          `${tally.name} is ${ordinal(rank)} of ${ranking.length} by wins${scope}, with ${wins(tally.won)} in ${games(tally.played)}, ${rate} percent.${provisional}`,
        );
      }
    }
  });

  it("reads each player's stats as counted from the raw history", async () => {
    for (const name of NAMES) {
      const tally = tallyOf(season, name);
      const partner = bestPartnerOf(season, name);
      const nemesis = nemesisOf(season, name);
      const expected = [
        `${name}: ${games(tally.played)}, ${tally.won} won and ${tally.played - tally.won} lost, ${percentOf(tally.won, tally.played)} percent.`,
        `Goals for: ${tally.goalsFor}, against: ${tally.goalsAgainst}, difference: ${signed(tally.goalsFor - tally.goalsAgainst)}.`,
        ...(tally.goalsCredited > 0 ? [`${plural(tally.goalsCredited, 'goal')} scored by name.`] : []),
        `Current winning streak: ${tally.currentStreak}; longest: ${tally.longestStreak}.`,
        ...(partner
          ? [`Best partner: ${partner.name}, ${wins(partner.won)} in ${games(partner.played)} together.`]
          : []),
        ...(nemesis
          ? [
              `Nemesis: ${nemesis.name}, ${plural(nemesis.played - nemesis.won, 'loss', 'losses')} in ${games(nemesis.played)} against.`,
            ]
          : []),
        `Fannys given: ${tally.fannysGiven}, taken: ${tally.fannysTaken}.`,
      ].join(' ');

      expect((await skill.say(`ask baby foot for ${name}'s stats`)).speech).toBe(expected);
    }
  });

  it('tells how two players did against each other, in the order asked', async () => {
    for (const [first, second] of [
      ['Alice', 'Jean-Pierre'],
      ['Sophie', 'Bob'],
      ['Léa', 'Emma'],
    ] as const) {
      const record = headToHeadOf(season, first, second);
      const turn = await skill.say(`ask baby foot how ${first} does against ${second}`);
      expect(turn.speech).toBe(
        `${first} against ${second}: ${games(record.played)}. ${first} won ${record.firstWins}, ${second} won ${record.secondWins}. Goals: ${record.firstGoals} to ${record.secondGoals}.`,
      );
    }
  });

  it('ranks by skill rating as a recount of the history would', async () => {
    const expected = rankByRating(rebuildStats(season).all, { limit: 3 });

    const turn = await skill.say('ask baby foot for the rankings by rating');

    const entries = expected.map(
      (entry) => `${ordinal(entry.rank)}, ${entry.name}: rating ${entry.rating.toFixed(1)}`,
    );
    expect(turn.speech).toBe(`Rankings by skill rating: ${entries.join('; ')}. 10 players ranked.`);
  });

  it('favours a strong pair over a weak pair', async () => {
    const turn = await skill.say('ask baby foot Sophie and Jean-Pierre against Alice and Bob, who wins?');

    const [, percent] =
      /^Sophie and Jean-Pierre against Alice and Bob: Sophie and Jean-Pierre, about \d+ chances? in \d+ to win, (\d+) percent\.$/.exec(
        turn.speech,
      ) ?? [];
    expect(Number(percent)).toBeGreaterThan(50);
  });

  it('counts a name with no match as a newcomer in a prediction', async () => {
    const turn = await skill.say('ask baby foot Alice and Zoe against Bob and Emma, who wins?');

    expect(turn.speech).toMatch(
      /^Alice and Zoe against Bob and Emma: .+ percent\. Zoe has no match yet and counts as a newcomer\.$/,
    );
  });

  it('predicts the match on the table from its teams', async () => {
    await skill.say('ask baby foot to start a match between Alice and Jean-Pierre');

    const turn = await skill.say("ask baby foot who's going to win");

    expect(turn.speech).toMatch(
      /^Alice against Jean-Pierre: Jean-Pierre, about \d+ chances? in \d+ to win, (\d+) percent\.$/,
    );
    await skill.say('ask baby foot to abandon the match');
    expect((await skill.say('yes')).sessionEnded).toBe(true);
  });

  it('says whom it did not find, and the nearest known names', async () => {
    expect((await skill.say("ask baby foot what's Sofie's rank")).speech).toBe(
      "I don't know any player called Sofie. Did you mean Sophie?",
    );
    expect((await skill.say('ask baby foot how Maximilian does against Bob')).speech).toBe(
      "I don't know any player called Maximilian.",
    );
  });

  it('keeps the conversation open after a stats answer when the skill was opened', async () => {
    await skill.say('open baby foot');

    const turn = await skill.say('top 3');

    expect(turn.sessionEnded).toBe(false);
    expect(turn.reprompt).toMatch(/what's Alice's rank/);
    await skill.say('stop');
  });

  it('hears stats questions as stats intents and match commands as match intents', () => {
    const model = loadInteractionModel('en-US');
    const heard = (text: string) => resolveUtterance(model, text).intent;
    expect(heard("who's number one")).toBe('LeaderIntent');
    expect(heard('rankings by rating')).toBe('RankingIntent');
    expect(heard("what's Alice's rank")).toBe('PlayerRankIntent');
    expect(heard('how is Bob doing this week')).toBe('PlayerStatsIntent');
    expect(heard('how does Alice do against Bob')).toBe('HeadToHeadIntent');
    // Two names and nothing else: the players at the table want to play.
    expect(heard('Alice against Bob')).toBe('StartMatchIntent');
    expect(heard("who's going to win")).toBe('PredictionIntent');
    expect(heard("who's winning")).toBe('ScoreIntent');
    expect(heard("what's the score")).toBe('ScoreIntent');
    expect(heard('new game Alice versus Bob')).toBe('StartMatchIntent');
    expect(heard('goal for Alice')).toBe('GoalIntent');
    expect(heard('Alice scored')).toBe('GoalIntent');
  });
});
