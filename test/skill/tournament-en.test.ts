import { describe, expect, it } from 'vitest';
import type { Match, TeamColor } from '../../lambda/src/domain/match/types';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

/** Strongest first. */
const STRENGTH = ['Alice', 'Bob', 'Carol', 'Dave', 'Eve', 'Fred', 'Grace', 'Harry'];

/** The side holding the strongest player wins 3 to 1. */
function winnerOf(match: Match): TeamColor {
  const best = (names: string[]) => Math.min(...names.map((name) => STRENGTH.indexOf(name)));
  return best(match.teams.red) < best(match.teams.blue) ? 'red' : 'blue';
}

async function tableMatch(skill: SkillUnderTest): Promise<Match> {
  const { match } = await skill.stored();
  if (!match) throw new Error('No match on the table');
  return match;
}

interface Tally {
  points: number;
  wins: number;
  difference: number;
}

/** Counts a 3–1 result for every player, by hand. */
function count(tally: Map<string, Tally>, match: Match, winner: TeamColor): void {
  const loser: TeamColor = winner === 'red' ? 'blue' : 'red';
  for (const [side, won] of [
    [winner, true],
    [loser, false],
  ] as const) {
    for (const name of match.teams[side]) {
      const row = tally.get(name) ?? { points: 0, wins: 0, difference: 0 };
      tally.set(name, {
        points: row.points + (won ? 2 : 0),
        wins: row.wins + (won ? 1 : 0),
        difference: row.difference + (won ? 2 : -2),
      });
    }
  }
}

/** The table's sensors score `goals`, each delivered as the IoT rule would. */
async function tableGoals(skill: SkillUnderTest, match: Match, goals: TeamColor[]): Promise<void> {
  for (const [index, team] of goals.entries()) {
    const outcome = await skill.backend.goalEventHandler({
      eventId: `${match.id}-${index}`,
      matchId: match.id,
      team,
      at: 1_700_000_000_000 + index,
      thingName: skill.thingName,
    });
    expect(outcome.status).toBe('counted');
  }
}

describe('an eight-player Monster DYP, in English', () => {
  it('is played to the end, two matches counted by the table, standings as counted by hand', async () => {
    // One draw, the same on every run: with random draws, another player may also win every
    // match and share first place, and the podium is not the one this test counts.
    let ids = 0;
    const skill = await skillUnderTest('en-US', { newId: () => `dyp-${++ids}` });
    await skill.say('open baby foot');
    const created = await skill.say(
      'create a Monster DYP tournament with Alice and Bob and Carol and Dave and Eve and Fred',
    );
    expect(created.speech).toBe(
      'Tournament created: Monster DYP, doubles, partners drawn every round, with Alice, Bob, Carol, Dave, Eve and Fred. First to 5. To add someone, say: add, then a first name. To begin, say: start the tournament.',
    );
    expect((await skill.say('add Grace and Harry')).speech).toBe(
      'Grace and Harry join the tournament. 8 players so far.',
    );
    expect((await skill.say('tournament matches to three points')).speech).toBe(
      'Done: tournament matches are played first to 3.',
    );
    expect((await skill.say('help')).speech).toMatch(/^A tournament is taking players\./);
    expect((await skill.say('start the tournament')).speech).toMatch(
      /^The tournament begins! Monster DYP, 8 entrants\. 7 rounds\. Next match, round 1: \w+ and \w+ on red against \w+ and \w+ on blue\. Say: start the next match\.$/,
    );
    expect((await skill.say('help')).speech).toMatch(/^A tournament is on\./);

    const tally = new Map<string, Tally>();
    for (let played = 0; played < 14; played++) {
      expect((await skill.say('start the next match')).speech).toMatch(
        /^Round \d, match [12]! Red: \w+ and \w+\. Blue: \w+ and \w+\. First to 3\. Have a good game!$/,
      );
      const match = await tableMatch(skill);
      const winner = winnerOf(match);
      const loser: TeamColor = winner === 'red' ? 'blue' : 'red';
      count(tally, match, winner);
      if (played % 7 === 3) {
        await tableGoals(skill, match, [loser, winner, winner, winner]);
        continue;
      }
      const goal = (team: TeamColor) => skill.say(`goal for the ${team}s`);
      await goal(loser);
      await goal(winner);
      await goal(winner);
      const last = (await goal(winner)).speech;
      if (played < 13) expect(last).toMatch(/win the match, 3 to 1! Congratulations! Next match, round \d: /);
      else expect(last).toMatch(/That was the last match: the tournament is over! \w+ wins the tournament!/);
    }

    const standings = (await skill.say('tournament standings')).speech;
    expect(standings).toMatch(/^Standings after 14 matches: First/);
    const rows = [...standings.matchAll(/(\w+), (\d+) points, (\d+) wins?, goal difference ([+-]?\d+)\./g)];
    expect(rows.map((row) => row[1]).sort()).toEqual([...STRENGTH].sort());
    for (const [, name, points, wins, difference] of rows) {
      expect({ name, points: Number(points), wins: Number(wins), difference: Number(difference) }).toEqual({
        name,
        ...tally.get(name ?? ''),
      });
    }
    const points = rows.map((row) => Number(row[2]));
    expect(points).toEqual([...points].sort((a, b) => b - a));
    // Alice wins every match she plays, and with eight players nobody sits out.
    expect(tally.get('Alice')).toEqual({ points: 14, wins: 7, difference: 14 });
    expect((await skill.say('which round are we in')).speech).toMatch(
      /^The tournament is over\. Alice wins the tournament! Second: /,
    );
    const stored = await skill.backend.deps.tournaments?.load(await skill.league());
    expect(stored?.tournament.status).toBe('finished');
    expect(await skill.history()).toHaveLength(14);
  });
});

describe('a five-player knockout, in English', () => {
  it('gives byes to the top three seeds and ends with the podium', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    expect((await skill.say('create a knockout tournament')).speech).toBe('Singles or doubles?');
    expect((await skill.say('singles')).speech).toBe(
      "Who's playing? Say their first names, for example: Alice and Bob and Carol and Dave.",
    );
    expect((await skill.say('Alice and Bob and Carol and Dave and Eve')).speech).toMatch(
      /^Tournament created: knockout, singles, with Alice, Bob, Carol, Dave and Eve\./,
    );
    expect((await skill.say('start the tournament')).speech).toBe(
      'The tournament begins! Knockout, 5 entrants. 3 rounds. Alice, Bob and Carol go straight through to round two. Next match, round 1: Dave on red against Eve on blue. Say: start the next match.',
    );
    expect((await skill.say('which round are we in')).speech).toBe('Round 1 of 3: 0 played, 4 to go.');

    // Seeds by entry order: Dave beats Eve, then Alice beats Dave, Carol beats Bob, Alice wins the final.
    const expected = [
      ['Dave', 'Eve'],
      ['Alice', 'Dave'],
      ['Bob', 'Carol'],
      ['Alice', 'Carol'],
    ];
    for (const [index, [red, blue]] of expected.entries()) {
      const started = await skill.say('start the next match');
      expect(started.speech).toContain(`Red: ${red}. Blue: ${blue}.`);
      const match = await tableMatch(skill);
      const winner: TeamColor =
        red === 'Carol' || blue === 'Carol' ? (red === 'Alice' ? 'red' : 'blue') : 'red';
      if (index === 1) {
        await tableGoals(skill, match, [winner, winner, winner, winner, winner]);
        expect((await skill.say('tournament standings')).speech).toBe(
          'Round 2 of 3. Still in: Alice, Bob and Carol. Knocked out: Dave in round 2, Eve in round 1.',
        );
        continue;
      }
      let last = '';
      for (let goal = 0; goal < 5; goal++) last = (await skill.say(`goal for the ${winner}s`)).speech;
      if (index === 3)
        expect(last).toMatch(
          /That was the last match: the tournament is over! Alice wins the tournament! Second: Carol\. Third: Dave and Bob\.$/,
        );
    }
  });
});
