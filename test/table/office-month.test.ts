import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { seeded } from '../../lambda/src/domain/stats/test-fixtures';
import { spokenDigits, startTableSkill, type TableSkill, type TestEcho } from './support/table-skill';

/*
 * A month of an office league, scripted: two accounts (the office Echo in English, a
 * colleague's phone in French) linked to one table, 120 matches scored by voice and by the
 * table, a season closed halfway, three corrections and two merges of misheard names. The
 * test keeps its own tally of what was played, corrected and merged, from the raw events only,
 * and checks that what Alexa says in both languages is that tally.
 */

const THING = 'babyfoot-open-space';
const PLAYERS = ['Alice', 'Bob', 'Carole', 'David', 'Eve', 'Fred', 'Léa', 'Hugo'];
/** Misheard names, each the same person as a player, never in a match with them. */
const MISHEARD: Record<string, string> = { Alicia: 'Alice', Hugues: 'Hugo' };
const MATCHES = 120;
const SEASON_CLOSES_AFTER = 60;

interface Played {
  red: string[];
  blue: string[];
  winner: 'red' | 'blue';
  season: number;
}

type Tally = Map<string, { played: number; won: number }>;

function tally(matches: readonly Played[], season?: number): Tally {
  const counts: Tally = new Map();
  for (const match of matches) {
    if (season !== undefined && match.season !== season) continue;
    for (const side of ['red', 'blue'] as const) {
      for (const raw of match[side]) {
        const name = MISHEARD[raw] ?? raw;
        const entry = counts.get(name) ?? { played: 0, won: 0 };
        entry.played += 1;
        if (match.winner === side) entry.won += 1;
        counts.set(name, entry);
      }
    }
  }
  return counts;
}

const pairingSchema = z.object({ code: z.string().regex(/^\d{4}$/) });

describe('an office month: two accounts, one table, 120 matches, a season, corrections and merges', () => {
  let skill: TableSkill;
  let office: TestEcho;
  let phone: TestEcho;
  const played: Played[] = [];

  async function link(echo: TestEcho, say: string): Promise<void> {
    await skill.backend.pairingEventHandler({
      eventId: `pairing-${Math.random()}`,
      at: Date.now(),
      thingName: THING,
    });
    const { code } = pairingSchema.parse((await skill.shadow(THING))?.state.desired?.pairing);
    expect((await echo.say(`${say} ${spokenDigits(code)}`)).speech).toMatch(/^(Done|C'est fait)/);
  }

  /** One match to 2, started by one account, goals by voice or by the table's sensors. */
  async function playMatch(random: () => number, season: number): Promise<void> {
    const doubles = random() < 0.25;
    const pool = [...PLAYERS, ...Object.keys(MISHEARD)].sort(() => random() - 0.5);
    const chosen: string[] = [];
    for (const name of pool) {
      const same = (other: string) => (MISHEARD[other] ?? other) === (MISHEARD[name] ?? name);
      if (!chosen.some(same)) chosen.push(name);
      if (chosen.length === (doubles ? 4 : 2)) break;
    }
    const [a = '', b = '', c = '', d = ''] = chosen;
    const english = random() < 0.5;
    const echo = english ? office : phone;
    const start = doubles
      ? english
        ? `start a match to 2 with ${a} and ${b} against ${c} and ${d}`
        : `lance un match en 2 points avec ${a} et ${b} contre ${c} et ${d}`
      : english
        ? `start a match to 2 between ${a} and ${b}`
        : `lance un match en 2 points entre ${a} et ${b}`;
    expect((await echo.say(start)).speech).toMatch(/^(Match on|C'est parti)/);
    const live = await skill.backend.deps.matches.load(THING);
    const matchId = live.match?.id ?? '';
    const winner = random() < 0.5 ? 'red' : 'blue';
    const loser = winner === 'red' ? 'blue' : 'red';
    const goals: Array<'red' | 'blue'> = random() < 0.5 ? [winner, loser, winner] : [winner, winner];
    for (const [index, team] of goals.entries()) {
      if (random() < 0.5) {
        const outcome = await skill.backend.goalEventHandler({
          eventId: `${matchId}-${index}`,
          matchId,
          team,
          at: Date.now(),
          thingName: THING,
        });
        expect(outcome.status).toBe('counted');
      } else {
        await echo.say(
          english ? `goal for the ${team}s` : `but pour les ${team === 'red' ? 'rouges' : 'bleus'}`,
        );
      }
    }
    expect((await skill.backend.deps.matches.load(THING)).match?.status).toBe('finished');
    played.push({ red: doubles ? [a, b] : [a], blue: doubles ? [c, d] : [b], winner, season });
  }

  beforeAll(async () => {
    skill = await startTableSkill();
    office = skill.echo('en-US', 'amzn1.ask.account.office');
    phone = skill.echo('fr-FR', 'amzn1.ask.account.colleague');
    await link(office, 'ask baby foot to link table');
    await link(phone, "demande à mon baby foot d'associer le babyfoot");
    const random = seeded(2026);
    let season = 1;
    for (let n = 1; n <= MATCHES; n++) {
      await playMatch(random, season);
      if (n === 30) {
        await office.say('open baby foot');
        await office.say('delete the last match');
        expect((await office.say('yes')).speech).toMatch(/^Deleted:/);
        played.pop();
      }
      if (n === SEASON_CLOSES_AFTER) {
        await phone.say('ouvre mon baby foot');
        expect((await phone.say('nouvelle saison')).speech).toMatch(
          /^On commence une nouvelle saison \? La saison 1/,
        );
        expect((await phone.say('oui')).speech).toMatch(/^La saison 1 est terminée\. Le podium : premier, /);
        season = 2;
      }
      if (n === 75) {
        const before = played[played.length - 2];
        if (!before) throw new Error('no match before');
        const other = before.winner === 'red' ? 'blue' : 'red';
        await office.say('open baby foot');
        await office.say(`the previous match was 2 to 1 for the ${other}s`);
        expect((await office.say('yes')).speech).toMatch(/^Corrected:/);
        before.winner = other;
      }
      if (n === 90) {
        await office.say('open baby foot');
        expect((await office.say('Alicia is Alice')).speech).toMatch(
          /^Are Alicia and Alice the same player\?/,
        );
        expect((await office.say('yes')).speech).toMatch(/^Done: Alicia's \d+ matches are Alice's now/);
      }
      if (n === 110) {
        const last = played[played.length - 1];
        if (!last) throw new Error('no match');
        const [first = '', second = ''] = [...last.red, ...last.blue];
        // Alicia is Alice by now; Hugues is not merged yet, so still said as recorded.
        const named = (name: string) => (name === 'Alicia' ? 'Alice' : name);
        await phone.say('ouvre mon baby foot');
        await phone.say(`supprime le match entre ${named(first)} et ${named(second)}`);
        expect((await phone.say('oui')).speech).toMatch(/^Supprimé :/);
        played.pop();
      }
      if (n === 115) {
        await phone.say('ouvre mon baby foot');
        expect((await phone.say('Hugues c’est Hugo')).speech).toMatch(
          /^Hugues et Hugo, c'est la même personne/,
        );
        expect((await phone.say('oui')).speech).toMatch(
          /^C'est fait : les \d+ matchs d.{1,2}Hugues sont à Hugo/,
        );
      }
    }
  }, 300_000);

  afterAll(async () => {
    await skill?.stop();
  });

  it("says every player's all-time record as counted from the raw events, in English", async () => {
    const counts = tally(played);
    expect(counts.size).toBe(PLAYERS.length);
    for (const [name, { played: games, won }] of counts) {
      const speech = (await office.say(`what are ${name}'s stats of all time`)).speech;
      expect(speech).toMatch(new RegExp(`^${name}: ${games} games?, ${won} won and ${games - won} lost`));
    }
  });

  it('dit le bilan de cette saison et de la saison dernière de chacun, tel que compté à partir des événements, en français', async () => {
    for (const [season, period] of [
      [2, 'cette saison'],
      [1, 'la saison dernière'],
    ] as const) {
      for (const [name, { played: games, won }] of tally(played, season)) {
        const speech = (
          await phone.say(`les stats de ${period} ${/^[aeiouyéèh]/i.test(name) ? `d'${name}` : `de ${name}`}`)
        ).speech;
        expect(speech).toMatch(
          new RegExp(`^${name} ${period} : ${games} matchs?, ${won} gagnés? et ${games - won} perdus?`),
        );
      }
    }
  });

  it('ranks the leader of the running season first, and keeps no trace of the misheard names', async () => {
    const season = [...tally(played, 2)].sort(
      (a, b) => b[1].won - a[1].won || b[1].won / b[1].played - a[1].won / a[1].played,
    );
    const [leader] = season;
    const ranking = (await office.say('what are the rankings')).speech;
    expect(ranking).toMatch(/^Rankings by wins this season: 1st/);
    if (leader) expect(ranking).toContain(leader[0]);
    const allTime = (await office.say('all time top 10')).speech;
    expect(allTime).not.toMatch(/Alicia|Hugues/);
    expect((await phone.say("les stats d'Alicia")).speech).toMatch(
      /^Je ne connais aucun joueur nommé Alicia\./,
    );
  });
});
