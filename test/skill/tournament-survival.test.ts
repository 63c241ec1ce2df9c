import { describe, expect, it } from 'vitest';
import type { Match, TeamColor } from '../../lambda/src/domain/match/types';
import { type SkillUnderTest, skillUnderTest } from '../support/skill-device';
import { type Played, playToTheEnd, sidesOf } from './tournament-play';

const PLAYERS = ['Alice', 'Bob', 'Carole', 'David', 'Eve'];
const LIVES = 3;
/** Alice is the strongest, Eve the weakest: the side with the strongest player wins. */
const strongest = (match: Match): TeamColor => {
  const best = (names: string[]) => Math.min(...names.map((name) => PLAYERS.indexOf(name)));
  return best(match.teams.red) < best(match.teams.blue) ? 'red' : 'blue';
};

/** Lives lost by each player, counted by hand from the matches played: each loser loses one. */
function livesLost(games: readonly Played[]): Map<string, number> {
  const lost = new Map(PLAYERS.map((name) => [name, 0]));
  for (const game of games)
    for (const name of sidesOf(game).losers) lost.set(name, (lost.get(name) ?? 0) + 1);
  return lost;
}

/** The round of each table match, as the tournament stored it. */
async function roundsOf(skill: SkillUnderTest): Promise<Map<string, number>> {
  const stored = await skill.backend.deps.tournaments?.load(await skill.league());
  const rounds = new Map<string, number>();
  stored?.tournament.rounds.forEach((round, index) => {
    for (const match of round.matches) if (match.matchId) rounds.set(match.matchId, index + 1);
  });
  return rounds;
}

describe('a five-player last man standing, in French', () => {
  it('takes a life from each loser, the forfeit included, to the last player standing', async () => {
    const skill = await skillUnderTest('fr-FR');
    await skill.say('ouvre mon baby foot');
    expect(
      (await skill.say('crée un tournoi dernier survivant avec Alice et Bob et Carole et David et Eve'))
        .speech,
    ).toMatch(
      /^Tournoi créé : dernier survivant à 3 vies chacun, en double, partenaires tirés au sort à chaque tour, avec Alice, Bob, Carole, David et Eve\./,
    );
    const started = (await skill.say('lance le tournoi')).speech;
    // Five players: doubles, one sits out.
    expect(started).toMatch(
      /^Le tournoi commence ! Dernier survivant, 5 participants\. 3 vies chacun\. Prochain match, tour 1 : \p{L}+ et \p{L}+ chez les rouges contre \p{L}+ et \p{L}+ chez les bleus\. \p{L}+ est au repos ce tour-ci\./u,
    );

    let survivorsSaid = '';
    const games = await playToTheEnd(
      skill,
      'fr',
      strongest,
      // The third match is forfeited; every third match is counted by the table.
      (index) => (index === 2 ? 'forfeit' : index % 3 === 1 ? 'table' : 'voice'),
      async (played) => {
        if (played.length === 3) survivorsSaid = (await skill.say('où en est le tournoi')).speech;
        return false;
      },
    );

    // The forfeit: the forfeiting side loses a life like any loser, by walkover.
    const forfeit = games[2];
    expect(forfeit?.ending).toBe('forfeit');
    expect(forfeit?.said).toMatch(
      new RegExp(
        `^${forfeit?.forfeitedBy} déclare forfait : victoire d.*${sidesOf(forfeit as Played).winners.at(-1)} par forfait, 5 à zéro\\. Le match en cours sur la table est arrêté\\.`,
      ),
    );
    const afterThree = livesLost(games.slice(0, 3));
    const alive = PLAYERS.filter((name) => (afterThree.get(name) ?? 0) < LIVES);
    const livesLeft = alive.reduce((sum, name) => sum + LIVES - (afterThree.get(name) ?? 0), 0);
    expect(survivorsSaid).toContain(`${alive.length} joueurs ont encore des vies, ${livesLeft} en tout.`);

    // Hand count: Alice never loses; everyone else loses their three lives.
    const lost = livesLost(games);
    expect(lost.get('Alice')).toBe(0);
    for (const name of PLAYERS.slice(1)) expect(lost.get(name)).toBe(LIVES);
    // Each match takes a life from each of its losers: the four others' twelve lives in all.
    const livesTaken = games.reduce((sum, game) => sum + sidesOf(game).losers.length, 0);
    expect(livesTaken).toBe(4 * LIVES);
    expect(games.filter((game) => game.ending === 'table').length).toBeGreaterThanOrEqual(2);

    // Out: when a player lost their last life, the later the higher.
    const rounds = await roundsOf(skill);
    const outAt = new Map<string, { game: number; round: number }>();
    games.forEach((game, index) => {
      for (const name of sidesOf(game).losers)
        if (livesLost(games.slice(0, index + 1)).get(name) === LIVES)
          outAt.set(name, { game: index, round: rounds.get(game.match.id) ?? 0 });
    });
    const wins = (name: string) => games.filter((game) => sidesOf(game).winners.includes(name)).length;

    const standings = (await skill.say('classement du tournoi')).speech;
    expect(standings).toMatch(
      new RegExp(
        `^Classement après ${games.length} matchs : Premier : Alice, 3 vies restantes, ${wins('Alice')} victoires\\.`,
      ),
    );
    const out = [...standings.matchAll(/(\p{L}+), éliminé au tour (\d+)\./gu)].map(
      ([, name = '', round]) => ({
        name,
        round: Number(round),
      }),
    );
    expect(out.map((row) => row.name).sort()).toEqual(PLAYERS.slice(1).sort());
    for (const row of out) expect(row.round).toBe(outAt.get(row.name)?.round);
    const order = out.map((row) => outAt.get(row.name)?.game ?? 0);
    expect(order).toEqual([...order].sort((a, b) => b - a));

    const [second, third] = out;
    expect((await skill.say('où en est le tournoi')).speech).toMatch(
      new RegExp(
        `^Le tournoi est terminé\\. Alice remporte le tournoi ! Deuxième( ex æquo)? : ${second?.name}.*Troisième`,
      ),
    );
    expect(games.at(-1)?.said).toContain(
      "C'était le dernier match : le tournoi est terminé ! Alice remporte le tournoi !",
    );
    expect(third).toBeDefined();
  });
});
