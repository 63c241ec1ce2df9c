import { describe, expect, it } from 'vitest';
import type { TeamColor } from '../../lambda/src/domain/match/types';
import { ECHO_SCREENS } from '../../local/alexa';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

/** The screen an answer drew: its token and data sources. */
function screenOf(turn: Awaited<ReturnType<SkillUnderTest['say']>>) {
  const drawn = turn.directives.find(
    (directive): directive is { token: string; datasources: Record<string, unknown> } =>
      (directive as { type?: string }).type === 'Alexa.Presentation.APL.RenderDocument',
  );
  return drawn && { token: drawn.token, data: drawn.datasources.keyFigures };
}

async function timedGoals(
  skill: SkillUnderTest,
  goals: Array<[TeamColor, number | undefined]>,
): Promise<void> {
  const matchId = (await skill.stored()).match?.id ?? '';
  for (const [index, [team, speedKmh]] of goals.entries()) {
    const outcome = await skill.backend.goalEventHandler({
      eventId: `${matchId}-${index}`,
      matchId,
      team,
      at: Date.now(),
      thingName: skill.thingName,
      ...(speedKmh === undefined ? {} : { speedKmh }),
    });
    expect(outcome.status).toBe('counted');
  }
}

describe('the fastest shot on an Echo Show', () => {
  it("shows the record and each player's best, fastest first", async () => {
    const skill = await skillUnderTest('en-US', { screen: ECHO_SCREENS.show10 });
    await skill.say('ask baby foot to start a match to 2 between Alice and Bob');
    await timedGoals(skill, [
      ['blue', 33.6],
      ['red', 47.2],
      ['red', undefined],
    ]);

    const shown = await skill.say("ask baby foot what's the fastest shot this month");

    expect(shown.speech).toBe('The fastest shot this month: 47 kilometres an hour, by Alice.');
    expect(screenOf(shown)).toEqual({
      token: 'babyfoot.fastestShot',
      data: {
        title: 'Fastest shot',
        subtitle: 'All matches · This month',
        figures: [
          { label: 'Speed', value: '47 km/h' },
          { label: 'Shot by', value: 'Alice' },
          { label: 'Alice, best shot', value: '47 km/h' },
          { label: 'Bob, best shot', value: '34 km/h' },
        ],
      },
    });
  });

  it('en français, sans tir chronométré : le titre et la période, aucun chiffre', async () => {
    const skill = await skillUnderTest('fr-FR', { screen: ECHO_SCREENS.show10 });

    const shown = await skill.say('demande à mon baby foot quel est le tir le plus rapide de la saison');

    expect(shown.speech).toMatch(/^Aucun tir chronométré cette saison pour l'instant/);
    expect(screenOf(shown)?.data).toMatchObject({ title: 'Tir le plus rapide', figures: [] });
  });
});
