import { describe, expect, it } from 'vitest';
import { ECHO_SCREENS } from '../../local/alexa';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';
import { shownBy } from './display-pair';
import { playSeason } from './stats-season';

const ACCOUNT = 'amzn1.ask.account.player';

/** Red scores from the table's sensors until the match on the table is over. */
async function redWinsOnTable(skill: SkillUnderTest): Promise<void> {
  const { match } = await skill.stored();
  if (!match) throw new Error('No match on the table');
  for (let goal = 0; goal < 40 && (await skill.stored()).match?.status === 'in_progress'; goal++) {
    await skill.backend.goalEventHandler({
      eventId: `${match.id}-${goal}`,
      matchId: match.id,
      team: 'red',
      at: 1_700_000_000_000 + goal,
      thingName: skill.thingName,
    });
  }
  expect((await skill.stored()).match?.status).toBe('finished');
}

/** The intent Alexa resolved a turn to. */
function intentOf(turn: Awaited<ReturnType<SkillUnderTest['say']>>): string | undefined {
  const { request } = turn.request;
  return request.type === 'IntentRequest' ? request.intent.name : undefined;
}

async function seasonOn(skill: SkillUnderTest): Promise<void> {
  const table = { accountId: ACCOUNT, thingName: skill.thingName };
  await playSeason(skill.backend.deps.matches, table, { count: 12, seed: 3, now: Date.now() });
}

describe('a bare "standings", in English', () => {
  it("is the players' ranking with no tournament, the tournament's while it runs and right after its end, the ranking again once another match is played", async () => {
    const skill = await skillUnderTest('en-US', { screen: ECHO_SCREENS.show8 });
    await seasonOn(skill);
    const rankings = async () => (await skill.say('ask baby foot for the rankings')).speech;

    const none = await skill.say('ask baby foot for the standings');
    expect(intentOf(none)).toBe('TournamentStandingsIntent');
    expect(none.speech).toMatch(/^Rankings by wins: 1st/);
    expect(none.speech).toBe(await rankings());
    expect(shownBy(none).screen?.token).toBe('babyfoot.rankings');

    await skill.say('ask baby foot to create a knockout tournament in singles with Alice and Bob');
    await skill.say('ask baby foot to start the tournament');
    const running = await skill.say('ask baby foot for the standings');
    // Seeded by the season's ratings: the better-rated of the two is named first and plays red.
    expect(running.speech).toMatch(/^Round 1 of 1\. Still in: (Alice and Bob|Bob and Alice)\.$/);
    // A knockout's standings are its bracket on a screen.
    expect(shownBy(running).screen?.token).toBe('babyfoot.tournamentBracket');
    await skill.say('ask baby foot to start the next match');
    const [red, blue] = [
      ...((await skill.stored()).match?.teams.red ?? []),
      ...((await skill.stored()).match?.teams.blue ?? []),
    ];
    await redWinsOnTable(skill);
    const justOver = await skill.say('ask baby foot for the standings');
    expect(justOver.speech).toBe(`Round 1 of 1. Still in: ${red}. Knocked out: ${blue} in round 1.`);
    expect(shownBy(justOver).screen?.datasources.bracket).toMatchObject({
      subtitle: 'Knockout · the tournament is over',
    });

    await skill.say('ask baby foot to start a match between Carol and Dave');
    await redWinsOnTable(skill);
    const later = await skill.say('ask baby foot for the standings');
    expect(later.speech).toMatch(/^Rankings by wins: /);
    expect(later.speech).toBe(await rankings());
    // Same intent, same rule: once the tournament is old news, its explicit name gets the ranking too.
    expect((await skill.say('ask baby foot for the tournament standings')).speech).toBe(later.speech);
  });
});

describe('un « classement » tout court, en français', () => {
  it('donne le classement des joueurs sans tournoi, celui du tournoi abandonné tant qu’aucun autre match n’est joué, puis de nouveau celui des joueurs', async () => {
    const skill = await skillUnderTest('fr-FR');
    await seasonOn(skill);
    const general = async () => (await skill.say('demande à mon baby foot le classement général')).speech;

    for (const utterance of [
      'demande à mon baby foot le classement',
      'demande à mon baby foot quel est le classement',
    ]) {
      const turn = await skill.say(utterance);
      expect(intentOf(turn)).toBe('TournamentStandingsIntent');
      expect(turn.speech).toMatch(/^Classement aux victoires : 1er/);
      expect(turn.speech).toBe(await general());
    }

    await skill.say('ouvre mon baby foot');
    await skill.say('crée un championnat en simple avec Alice et Bob et Carole');
    await skill.say('lance le tournoi');
    await skill.say('lance le prochain match');
    await redWinsOnTable(skill);
    await skill.say('abandonne le tournoi');
    expect((await skill.say('oui')).speech).toBe('Tournoi abandonné. Son classement reste disponible.');
    await skill.say('stop');
    const abandoned = await skill.say('demande à mon baby foot le classement');
    expect(abandoned.speech).toMatch(/^Classement après 1 match : Premier : /);

    await skill.say('demande à mon baby foot de lancer un match entre David et Léa');
    await redWinsOnTable(skill);
    const later = await skill.say('demande à mon baby foot le classement');
    expect(later.speech).toMatch(/^Classement aux victoires : /);
    expect(later.speech).toBe(await general());
  });
});
