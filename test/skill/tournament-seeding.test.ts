import { describe, expect, it } from 'vitest';
import { rankByRating } from '../../lambda/src/domain/stats';
import { skillUnderTest } from '../support/skill-device';

describe('a knockout seeded by skill rating, in English', () => {
  it('gives the byes to the best-rated players, not to the first ones entered', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    // Eve wins all three of her matches; entered last, entry order would put her in round one.
    for (const [winner, loser] of [
      ['Eve', 'Alice'],
      ['Eve', 'Bob'],
      ['Dave', 'Carol'],
      ['Eve', 'Dave'],
    ]) {
      expect((await skill.say(`start a match to 2 between ${winner} and ${loser}`)).speech).toMatch(
        /^Match on!/,
      );
      await skill.say('goal for the reds');
      expect((await skill.say('goal for the reds')).speech).toContain(winner);
    }
    const stats = skill.backend.deps.stats;
    if (!stats) throw new Error('the backend keeps no stats');
    const bestRated = rankByRating(await stats.readPeriod(await skill.league(), 'all', Date.now())).map(
      (entry) => entry.name,
    );
    expect(bestRated[0]).toBe('Eve');

    await skill.say('create a knockout tournament');
    await skill.say('singles');
    await skill.say('Alice and Bob and Carol and Dave and Eve');
    const started = (await skill.say('start the tournament')).speech;

    const byes = started.match(/\. ([A-Za-z, ]+) go straight through to round two\./)?.[1];
    expect(byes?.split(/, | and /).sort()).toEqual(bestRated.slice(0, 3).sort());
    const [fourth, fifth] = bestRated.slice(3);
    expect(started).toMatch(
      new RegExp(`Next match, round 1: (${fourth}|${fifth}) on red against (${fourth}|${fifth}) on blue\\.`),
    );
  });
});
