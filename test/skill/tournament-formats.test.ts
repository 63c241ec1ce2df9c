import { describe, expect, it } from 'vitest';
import type { Match, TeamColor } from '../../lambda/src/domain/match/types';
import { skillUnderTest } from '../support/skill-device';
import { playToTheEnd } from './tournament-play';

const STRENGTH = ['Alice', 'Bob', 'Carol', 'Dave', 'Eve', 'Fred', 'Grace'];
const strongest = (match: Match): TeamColor => {
  const best = (names: string[]) => Math.min(...names.map((name) => STRENGTH.indexOf(name)));
  return best(match.teams.red) < best(match.teams.blue) ? 'red' : 'blue';
};

describe('a six-player double elimination, in English', () => {
  it('goes to a grand final reset that Bob, from the losers’ bracket, wins', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    expect((await skill.say('create a double elimination tournament')).speech).toBe('Singles or doubles?');
    await skill.say('singles');
    expect((await skill.say('Alice and Bob and Carol and Dave and Eve and Fred')).speech).toMatch(
      /^Tournament created: double elimination, singles, with Alice, Bob, Carol, Dave, Eve and Fred\./,
    );
    expect((await skill.say('start the tournament')).speech).toMatch(
      /^The tournament begins! Double elimination, 6 entrants\./,
    );
    // Entry order seeds them. Alice beats Bob in the winners' final; Bob beats her twice after.
    let meetings = 0;
    const games = await playToTheEnd(
      skill,
      'en',
      (match) => {
        const pair = [...match.teams.red, ...match.teams.blue].sort().join();
        if (pair === 'Alice,Bob' && ++meetings >= 2) return match.teams.red.includes('Bob') ? 'red' : 'blue';
        return strongest(match);
      },
      // The fourth match's loser forfeits it: a loss like any other, towards the two that put out.
      (index) => (index === 3 ? 'forfeit' : index % 3 === 1 ? 'table' : 'voice'),
    );
    // 10 matches without a reset, 11 with it.
    expect(games).toHaveLength(11);
    expect(meetings).toBe(3);
    const forfeit = games[3];
    expect(forfeit?.said).toMatch(
      new RegExp(
        `^${forfeit?.forfeitedBy} forfeits: \\w+ wins by walkover, 5 to nothing\\. The match on the table is stopped\\.`,
      ),
    );
    expect(games.filter((game) => game.ending === 'voice').at(-1)?.said).toMatch(/^Blue wins|^Red wins|win/);
    expect((await skill.say('which round are we in')).speech).toBe(
      'The tournament is over. Bob wins the tournament! Second: Alice. Third: Carol.',
    );
    expect((await skill.say('tournament standings')).speech).toMatch(
      /^Round 9\. Still in: Bob\. One loss: Bob\./,
    );
  });
});

describe('a seven-player Swiss, in French', () => {
  it('plays 4 rounds with one bye each round and ends on the standings counted by hand', async () => {
    const skill = await skillUnderTest('fr-FR');
    await skill.say('ouvre mon baby foot');
    await skill.say('crée un tournoi suisse');
    await skill.say('en simple');
    expect((await skill.say('Alice et Bob et Carol et Dave et Eve et Fred')).speech).toMatch(
      /^Tournoi créé : système suisse, en simple/,
    );
    await skill.say('ajoute Grace');
    const started = (await skill.say('lance le tournoi')).speech;
    expect(started, started).toMatch(
      /^Le tournoi commence ! Système suisse, 7 participants\. 4 tours\. Prochain match, tour 1 : Alice chez les rouges contre Bob chez les bleus\. Grace est au repos ce tour-ci\./,
    );
    // The fifth match's loser forfeits it: the winner gets the win's 2 points.
    const games = await playToTheEnd(skill, 'fr', strongest, (index) =>
      index === 4 ? 'forfeit' : index % 3 === 1 ? 'table' : 'voice',
    );
    expect(games[4]?.said).toMatch(
      new RegExp(`^${games[4]?.forfeitedBy} déclare forfait : victoire d.+ par forfait, 5 à zéro\\.`),
    );
    const matches = games.map((game) => game.match);
    // 4 rounds of 3 matches: the seventh player has a bye each round.
    expect(matches).toHaveLength(12);
    const wins = new Map<string, number>();
    for (const match of matches) {
      const winner = match.teams[strongest(match)][0] ?? '';
      wins.set(winner, (wins.get(winner) ?? 0) + 1);
    }
    const standings = (await skill.say('classement du tournoi')).speech;
    const rows = [...standings.matchAll(/(\w+), (\d+) points/g)];
    expect(rows).toHaveLength(7);
    for (const [, name = '', points] of rows) {
      const played = matches.filter((match) =>
        [...match.teams.red, ...match.teams.blue].includes(name),
      ).length;
      // Each bye is a win: 2 points for every round without a match.
      expect(Number(points)).toBe(2 * (wins.get(name) ?? 0) + 2 * (4 - played));
    }
    expect(rows[0]?.[1]).toBe('Alice');
  });
});

describe('bad input, said and nothing created', () => {
  it('refuses lives out of range in English and a Swiss of 2 in French', async () => {
    const en = await skillUnderTest('en-US');
    await en.say('open baby foot');
    expect((await en.say('create a last man standing with twelve lives')).speech).toBe(
      'A last man standing gives one to 9 lives each. Nothing was created.',
    );
    expect(await en.backend.deps.tournaments?.load(await en.league())).toBeUndefined();

    const fr = await skillUnderTest('fr-FR');
    await fr.say('ouvre mon baby foot');
    await fr.say('crée un tournoi suisse en simple avec Alice et Bob');
    expect((await fr.say('lance le tournoi')).speech).toMatch(/^Ce tournoi demande au moins 3 joueurs/);
  });
});
