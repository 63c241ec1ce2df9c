import { describe, expect, it } from 'vitest';
import type { Match, TeamColor } from '../../lambda/src/domain/match/types';
import { skillUnderTest } from '../support/skill-device';
import { playToTheEnd, sidesOf } from './tournament-play';

const STRENGTH = ['Alice', 'Bob', 'Carol', 'Dave', 'Eve', 'Fred', 'Grace'];
/** The side with the stronger player wins. */
const strongest = (match: Match): TeamColor => {
  const best = (names: string[]) => Math.min(...names.map((name) => STRENGTH.indexOf(name)));
  return best(match.teams.red) < best(match.teams.blue) ? 'red' : 'blue';
};

describe('a round robin then a knockout of the best 4, in English', () => {
  it('announces the qualifiers, seeds them 1 v 4 and 2 v 3, and ends on the podium', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    expect(
      (
        await skill.say(
          'create a round robin then a knockout for the top 4 with Alice and Bob and Carol and Dave and Eve',
        )
      ).speech,
    ).toBe('Singles or doubles?');
    expect((await skill.say('singles')).speech).toMatch(
      /^Tournament created: round robin then a knockout of the best 4, singles, with Alice, Bob, Carol, Dave and Eve\./,
    );
    // Five players: five group rounds, then semi-finals and the final.
    expect((await skill.say('start the tournament')).speech).toMatch(
      /^The tournament begins! Round robin, 5 entrants\. 7 rounds\. Next match, round 1:/,
    );

    let groupTable = '';
    const games = await playToTheEnd(
      skill,
      'en',
      strongest,
      // The second semi-final (match 12) is forfeited; every third match is counted by the table.
      (index) => (index === 11 ? 'forfeit' : index % 3 === 1 ? 'table' : 'voice'),
      async (played) => {
        if (played.length === 9) groupTable = (await skill.say('tournament standings')).speech;
        return false;
      },
    );
    expect(games).toHaveLength(10 + 3);

    // After 9 of the 10 group matches: 2 points a win, counted by hand.
    const wins = (name: string) =>
      games.slice(0, 9).filter((game) => sidesOf(game).winners.includes(name)).length;
    expect(groupTable).toMatch(/^Standings after 9 matches: First: Alice, \d+ points/);
    for (const name of STRENGTH.slice(0, 5))
      expect(groupTable).toMatch(new RegExp(`${name}, ${2 * wins(name)} points, ${wins(name)} wins?,`));

    // The group stage ends: its best four are named, then seed 1 meets seed 4.
    expect(games[9]?.said ?? 'the table counted the last group match').toContain(
      'The group stage is over: Alice, Bob, Carol and Dave go through to the knockout. Next match, round 6: Alice on red against Dave on blue.',
    );
    const knockout = games.slice(10).map((game) => [game.match.teams.red[0], game.match.teams.blue[0]]);
    expect(knockout).toEqual([
      ['Alice', 'Dave'],
      ['Bob', 'Carol'],
      ['Alice', 'Bob'],
    ]);
    expect(games[11]?.said).toMatch(
      /^Carol forfeits: Bob wins by walkover, 5 to nothing\. The match on the table is stopped\. Next match, round 7: Alice on red against Bob on blue\./,
    );
    expect(games.at(-1)?.said).toContain(
      'That was the last match: the tournament is over! Alice wins the tournament! Second: Bob. Third: Dave and Carol.',
    );
    expect((await skill.say('tournament standings')).speech).toBe(
      'Knockout stage, round 2 of 2. Still in: Alice. Knocked out: Bob in round 2, Carol in round 1, Dave in round 1.',
    );
    // The forfeited semi-final is not a played match in the history; the others are.
    expect(await skill.history()).toHaveLength(12);
  });
});

describe('a Monster DYP then a knockout, in English', () => {
  it('keeps its roster locked once the knockout is drawn', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    expect(
      (
        await skill.say(
          'create a Monster DYP then a knockout of the top 4 with Alice and Bob and Carol and Dave and Eve',
        )
      ).speech,
    ).toMatch(/^Tournament created: Monster DYP then a knockout of the best 4, doubles, partners drawn/);
    await skill.say('start the tournament');
    // During the group stage, players come and go.
    expect((await skill.say('add Fred')).speech).toBe('Fred joins the tournament. 6 players so far.');

    const group = await playToTheEnd(
      skill,
      'en',
      strongest,
      (index) => (index % 3 === 1 ? 'table' : 'voice'),
      () => skill.say("what's the next match").then((next) => /group stage is over/.test(next.speech)),
    );
    const next = (await skill.say("what's the next match")).speech;
    const [, qualified = ''] = /The group stage is over: (.+) go through to the knockout\./.exec(next) ?? [];
    // The best four team up best with worst: two teams, a final.
    expect(qualified).toMatch(/^\w+ and \w+, as well as \w+ and \w+$/);
    expect(group.length).toBeGreaterThanOrEqual(4);

    const locked = "The knockout stage is drawn: its players can't change any more, nobody joins or leaves.";
    expect((await skill.say('add Grace')).speech).toBe(locked);
    expect((await skill.say('remove Alice')).speech).toBe(locked);
    expect((await skill.say("what's the next match")).speech).toBe(next);

    const final = await playToTheEnd(skill, 'en', strongest, () => 'table');
    const [game] = final;
    if (final.length !== 1 || !game) throw new Error('A knockout of two teams is one final');
    const { winners, losers } = sidesOf(game);
    expect([...winners, ...losers].sort()).toEqual(qualified.split(/, as well as | and /).sort());
    // A final alone: first and second, no third place.
    expect((await skill.say('which round are we in')).speech).toBe(
      `The tournament is over. ${winners.join(' and ')} win the tournament! Second: ${losers.join(' and ')}.`,
    );
  });
});
