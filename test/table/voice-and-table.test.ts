import { describe, expect, it } from 'vitest';
import { skillUnderTest } from '../support/skill-device';

describe('a table goal and a voice command at the same moment', () => {
  it('both land: optimistic locking retries the loser, nothing is lost or counted twice', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('open baby foot');
    await skill.say('start a match to 10 between Alice and Bob');
    const matchId = (await skill.stored()).match?.id;
    if (!matchId) throw new Error('no match started');

    for (let round = 1; round <= 4; round += 1) {
      await skill.say('goal for the reds');
      const tableGoal = {
        eventId: `sensor-${round}`,
        matchId,
        team: 'blue',
        at: Date.now(),
        thingName: skill.thingName,
      };
      // The table's goal, the voice undo of the red goal, and a retry of the same table event, all at once.
      const [counted, undo, retried] = await Promise.all([
        skill.backend.goalEventHandler(tableGoal),
        skill.say('undo the last goal'),
        skill.backend.goalEventHandler(tableGoal),
      ]);
      expect([counted.status, retried.status].sort()).toEqual(['counted', 'duplicate']);
      expect(undo.speech).toMatch(/^I removed the last goal/);
    }

    const { match } = await skill.stored();
    // Each round: +1 red by voice, +1 blue from the table, then one goal undone (whichever was last).
    expect((match?.score.red ?? 0) + (match?.score.blue ?? 0)).toBe(4);
    expect(match?.seenEventIds).toEqual(
      expect.arrayContaining(['sensor-1', 'sensor-2', 'sensor-3', 'sensor-4']),
    );
  });

  it('ignores an oversized or malformed event and keeps the score', async () => {
    const skill = await skillUnderTest('en-US');
    await skill.say('ask baby foot to start a match between Alice and Bob');
    const before = await skill.stored();
    const matchId = before.match?.id ?? '';
    const oversized = {
      eventId: 'x'.repeat(10_000),
      matchId,
      team: 'red',
      at: 1,
      thingName: skill.thingName,
    };
    const wrongTeam = { eventId: 'e1', matchId, team: 'green', at: 1, thingName: skill.thingName };
    expect((await skill.backend.goalEventHandler(oversized)).status).toBe('ignored');
    expect((await skill.backend.goalEventHandler(wrongTeam)).status).toBe('ignored');
    expect((await skill.backend.goalEventHandler('not json at all')).status).toBe('ignored');
    expect((await skill.stored()).version).toBe(before.version);
    expect(skill.log.lines.filter((line) => line.message === 'device error')).toHaveLength(3);
  });
});
