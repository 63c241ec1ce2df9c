import { afterEach, describe, expect, it } from 'vitest';
import type { TeamColor } from '../../lambda/src/domain/match/types';
import { startTableSkill, type TableSkill, type TestEcho } from './support/table-skill';

const THING = 'babyfoot-speed';

describe('shot speed by voice: the record said once, the fastest shot asked', () => {
  let skill: TableSkill;
  afterEach(async () => {
    await skill.stop();
  });

  let event = 0;
  /** A goal from the table's sensors, timed when a speed is given. */
  async function tableGoal(team: TeamColor, speedKmh?: number): Promise<void> {
    const live = await skill.backend.deps.matches.load(THING);
    event += 1;
    const outcome = await skill.backend.goalEventHandler({
      eventId: `speed-${event}`,
      matchId: live.match?.id ?? '',
      team,
      at: Date.now(),
      thingName: THING,
      ...(speedKmh === undefined ? {} : { speedKmh }),
    });
    expect(outcome.status).toBe('counted');
  }

  function cardOf(turn: Awaited<ReturnType<TestEcho['say']>>): unknown {
    return turn.response.response.card;
  }

  it('in English: the season record on the next score and goal answers, once; the fastest shot of a period', async () => {
    skill = await startTableSkill({ defaultThingName: THING });
    const echo = skill.echo('en-US');
    await echo.say('ask baby foot to start a match to 3 between Alice and Bob');
    expect((await echo.say("ask baby foot what's the fastest shot")).speech).toBe(
      'No shot timed yet: a table with a second beam behind each goal line times every goal.',
    );

    await tableGoal('red', 38);
    await tableGoal('blue', 51.4);
    const first = await echo.say("ask baby foot what's the score");
    const again = await echo.say("ask baby foot what's the score");
    await tableGoal('red', 45);
    const slower = await echo.say("ask baby foot what's the score");

    expect(first.speech).toBe(
      "Goal for Bob, 51 kilometres an hour: the fastest shot of the season! It's 1 all.",
    );
    expect(again.speech).toBe("It's 1 all.");
    expect(slower.speech).toBe('Alice leads 2 to 1. Match point for Alice!');

    // Alice wins; the next match's 49 km/h is no record, its 60 km/h is, said with a voice goal.
    await tableGoal('red');
    await echo.say('ask baby foot to start a match to 3 between Alice and Bob');
    await tableGoal('blue', 49);
    expect((await echo.say("ask baby foot what's the score")).speech).toBe('Bob leads 1 to 0.');
    await tableGoal('red', 60);
    const voiceGoal = await echo.say('ask baby foot goal for the reds');
    expect(voiceGoal.speech).toBe(
      'Goal for Alice, 60 kilometres an hour: the fastest shot of the season! Goal for Alice! Alice leads 2 to 1. Match point for Alice!',
    );

    // Only finished matches are in the stats: the first match's record until the second ends.
    const during = await echo.say("ask baby foot what's the fastest shot");
    await tableGoal('red');
    const after = await echo.say("ask baby foot what's the fastest shot this week");
    expect(during.speech).toBe('The fastest shot: 51 kilometres an hour, by Bob.');
    expect(after.speech).toBe('The fastest shot this week: 60 kilometres an hour, by Alice.');
    expect((await echo.say("ask baby foot what are Alice's stats")).speech).toMatch(
      / Fastest shot: 60 kilometres an hour\. /,
    );
    expect(cardOf(after)).toMatchObject({
      title: expect.stringContaining('Fastest shot'),
      content: expect.stringMatching(
        /Speed: 60 km\/h[\s\S]*Alice, best shot: 60 km\/h[\s\S]*Bob, best shot: 51 km\/h/,
      ),
    });
  });

  it('en français : le record de la saison au score suivant, et le tir le plus rapide en double', async () => {
    skill = await startTableSkill({ defaultThingName: THING });
    const echo = skill.echo('fr-FR');
    await echo.say('ouvre mon baby foot');
    const start = await echo.say('lance un match en 2 points avec Alice et Bob contre Carole et David');
    expect(start.speech).toMatch(/^C'est parti/);

    await tableGoal('blue', 44);
    const score = await echo.say('quel est le score');
    await tableGoal('blue', 30);
    const fastest = await echo.say('quel est le tir le plus rapide');

    expect(score.speech).toMatch(
      /^But pour Carole et David, 44 kilomètres-heure : le tir le plus rapide de la saison ! /,
    );
    expect(fastest.speech).toBe('Le tir le plus rapide : 44 kilomètres-heure, un but pour Carole et David.');
    expect((await echo.say('le tir le plus rapide cette semaine')).speech).toBe(
      'Le tir le plus rapide cette semaine : 44 kilomètres-heure, un but pour Carole et David.',
    );
    expect((await echo.say('le tir le plus rapide la saison dernière')).speech).toMatch(
      /^Aucune saison n'a encore été close\./,
    );
  });
});
