import { expect } from 'vitest';
import type { Match, TeamColor } from '../../lambda/src/domain/match/types';
import type { SkillUnderTest } from '../support/skill-device';

/** The match on the table, read from DynamoDB. */
export async function tableMatch(skill: SkillUnderTest): Promise<Match> {
  const { match } = await skill.stored();
  if (!match) throw new Error('No match on the table');
  return match;
}

/** The table's sensors score `goals`, each delivered as the IoT rule would. */
export async function tableGoals(skill: SkillUnderTest, match: Match, goals: TeamColor[]): Promise<void> {
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

/** How a tournament match ends: goals said by voice, goals from the table's sensors, or a forfeit. */
export type Ending = 'voice' | 'table' | 'forfeit';

/** One match as it was played: the table match, who won, how, and what was said at its end. */
export interface Played {
  match: Match;
  winner: TeamColor;
  ending: Ending;
  /** The forfeiting player (first of the losing side), for a forfeit. */
  forfeitedBy?: string;
  /** What the skill said at the match's end (nothing for the table's goals). */
  said: string;
}

const WORDS = {
  en: {
    next: 'start the next match',
    goal: (team: TeamColor) => `goal for the ${team}s`,
    forfeit: (player: string) => `${player} forfeits`,
    over: /tournament is over/,
  },
  fr: {
    next: 'lance le prochain match',
    goal: (team: TeamColor) => (team === 'red' ? 'but pour les rouges' : 'but pour les bleus'),
    forfeit: (player: string) => `${player} déclare forfait`,
    over: /tournoi est terminé/,
  },
};

/**
 * Plays every match by voice ("start the next match" then five goals), by the table's sensors
 * or by a forfeit, as `ending` says for each; `pick` names each winner. Goes to the end, or
 * until `after` (called after each match) answers true.
 */
export async function playToTheEnd(
  skill: SkillUnderTest,
  language: 'en' | 'fr',
  pick: (match: Match, index: number) => TeamColor,
  ending: (index: number) => Ending = (index) => (index % 3 === 1 ? 'table' : 'voice'),
  after: (played: readonly Played[]) => Promise<boolean> | boolean = () => false,
): Promise<Played[]> {
  const words = WORDS[language];
  const played: Played[] = [];
  for (let index = 0; index < 60; index++) {
    const start = await skill.say(words.next);
    if (words.over.test(start.speech)) return played;
    const match = await tableMatch(skill);
    const winner = pick(match, index);
    const how = ending(index);
    const game: Played = { match, winner, ending: how, said: '' };
    if (how === 'table') await tableGoals(skill, match, [winner, winner, winner, winner, winner]);
    else if (how === 'forfeit') {
      game.forfeitedBy = match.teams[winner === 'red' ? 'blue' : 'red'][0] ?? '';
      game.said = (await skill.say(words.forfeit(game.forfeitedBy))).speech;
    } else for (let goal = 0; goal < 5; goal++) game.said = (await skill.say(words.goal(winner))).speech;
    played.push(game);
    if (await after(played)) return played;
  }
  throw new Error('The tournament did not end');
}

/** The players of a played match's winning and losing sides. */
export function sidesOf(game: Played): { winners: string[]; losers: string[] } {
  const loser: TeamColor = game.winner === 'red' ? 'blue' : 'red';
  return { winners: game.match.teams[game.winner], losers: game.match.teams[loser] };
}
