import { describe, expect, it } from 'vitest';
import type { TeamColor } from '../../lambda/src/domain/match/types';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';

/** Strongest first: the better player always wins, the loser scoring more the closer they are. */
const STRENGTH = ['Alice', 'Bob', 'Carole', 'David', 'Léa', 'Hugo'];

function refereeOf(red: string, blue: string): { winner: TeamColor; loserGoals: number } {
  const [r, b] = [STRENGTH.indexOf(red), STRENGTH.indexOf(blue)];
  return { winner: r < b ? 'red' : 'blue', loserGoals: Math.min(Math.abs(r - b) - 1, 2) };
}

async function tableMatch(skill: SkillUnderTest) {
  const { match } = await skill.stored();
  if (!match) throw new Error('No match on the table');
  return match;
}

/** Plays the table's match to 3 by voice, the loser's goals first; returns the last answer. */
async function playByVoice(skill: SkillUnderTest): Promise<string> {
  const match = await tableMatch(skill);
  const { winner, loserGoals } = refereeOf(match.teams.red[0] ?? '', match.teams.blue[0] ?? '');
  const say = (team: TeamColor) => skill.say(team === 'red' ? 'but pour les rouges' : 'but pour les bleus');
  for (let goal = 0; goal < loserGoals; goal++) await say(winner === 'red' ? 'blue' : 'red');
  let last = '';
  for (let goal = 0; goal < 3; goal++) last = (await say(winner)).speech;
  return last;
}

/** Plays the table's match to 3 with the table's goal sensors, as the IoT rule would deliver them. */
async function playByTable(skill: SkillUnderTest): Promise<void> {
  const match = await tableMatch(skill);
  const { winner, loserGoals } = refereeOf(match.teams.red[0] ?? '', match.teams.blue[0] ?? '');
  const teams: TeamColor[] = [
    ...Array<TeamColor>(loserGoals).fill(winner === 'red' ? 'blue' : 'red'),
    ...Array<TeamColor>(3).fill(winner),
  ];
  for (const [index, team] of teams.entries()) {
    const outcome = await skill.backend.goalEventHandler({
      eventId: `${match.id}-evt-${index}`,
      matchId: match.id,
      team,
      at: 1_700_000_000_000 + index,
      thingName: skill.thingName,
    });
    expect(outcome.status).toBe('counted');
  }
}

describe('un championnat à six joueurs, en français', () => {
  it('se joue jusqu’au bout, un match compté par la table, et le classement suit le compte à la main', async () => {
    const skill = await skillUnderTest('fr-FR');
    await skill.say('ouvre mon baby foot');
    const created = await skill.say(
      'crée un championnat en simple avec Alice et Bob et Carole et David et Léa et Hugo',
    );
    expect(created.speech).toBe(
      "Tournoi créé : championnat, en simple, avec Alice, Bob, Carole, David, Léa et Hugo. Match en 5 points. Pour ajouter quelqu'un, dites : ajoute, puis un prénom. Pour commencer, dites : lance le tournoi.",
    );
    expect((await skill.say('tournoi en trois points')).speech).toBe(
      "C'est noté : les matchs du tournoi se jouent en 3 points.",
    );
    const started = await skill.say('lance le tournoi');
    expect(started.speech).toMatch(
      /^Le tournoi commence ! Championnat, 6 participants\. 5 tours\. Prochain match, tour 1 : \S+ chez les rouges contre \S+ chez les bleus\. Dites : lance le prochain match\.$/,
    );

    for (let played = 0; played < 15; played++) {
      const next = await skill.say('lance le prochain match');
      expect(next.speech).toMatch(
        /^Tour \d, match \d ! Chez les rouges : \S+\. Chez les bleus : \S+\. Match en 3 points\. Bon match !$/,
      );
      if (played === 4) {
        await playByTable(skill);
        expect((await skill.say('quel est le prochain match')).speech).toMatch(
          /^Prochain match, tour \d : \S+ chez les rouges contre \S+ chez les bleus\. Dites : lance le prochain match\.$/,
        );
        continue;
      }
      const last = await playByVoice(skill);
      if (played < 14)
        expect(last).toMatch(
          /gagne le match, 3 à \d ! Bravo ! (.* )?Prochain match, tour \d : .* Dites : lance le prochain match\.$/,
        );
      else
        expect(last).toMatch(
          /C'était le dernier match : le tournoi est terminé ! Alice remporte le tournoi ! Deuxième : Bob\. Troisième : Carole\.$/,
        );
    }

    // Counted by hand: the better player always wins 3 to min(gap − 1, 2).
    expect((await skill.say('classement du tournoi')).speech).toBe(
      [
        'Classement après 15 matchs :',
        'Premier : Alice, 10 points, 5 victoires, différence de buts +8.',
        'Deuxième : Bob, 8 points, 4 victoires, différence de buts +4.',
        'Troisième : Carole, 6 points, 3 victoires, différence de buts +1.',
        'Quatrième : David, 4 points, 2 victoires, différence de buts -1.',
        'Cinquième : Léa, 2 points, 1 victoire, différence de buts -4.',
        'Sixième : Hugo, 0 points, 0 victoire, différence de buts -8.',
      ].join(' '),
    );
    expect((await skill.say('où en est le tournoi')).speech).toBe(
      'Le tournoi est terminé. Alice remporte le tournoi ! Deuxième : Bob. Troisième : Carole.',
    );
    expect((await skill.say('quel est le prochain match')).speech).toBe(
      'Le tournoi est terminé. Pour en jouer un autre, dites : crée un tournoi.',
    );
    expect(await skill.history()).toHaveLength(15);
    const stored = await skill.backend.deps.tournaments?.load(await skill.league());
    expect(stored?.tournament.status).toBe('finished');
  });
});
