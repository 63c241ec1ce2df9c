import { describe, expect, it } from 'vitest';
import type { Teams } from '../match/types';
import { lossesOf } from './double-elimination';
import { createTournament } from './entrants';
import { podium } from './podium';
import { standings } from './standings';
import { startTournament } from './start';
import { favouriteWins, players, playOut, randomReferee } from './test-support';

const doubleElimination = (count: number) =>
  startTournament(createTournament({ format: 'double_elimination', players: players(count) }), 'de');

describe('double elimination', () => {
  for (let count = 3; count <= 16; count++) {
    it(`${count} entrants: byes for the top seeds, out after two losses, 2n − 2 or 2n − 1 matches`, () => {
      const bracket = 2 ** Math.ceil(Math.log2(count));
      const start = doubleElimination(count);
      const byes = start.rounds[0]?.matches
        .filter((match) => match.state === 'bye')
        .map((match) => match.red[0] ?? -1)
        .sort((a, b) => a - b);
      expect(byes).toEqual(Array.from({ length: bracket - count }, (_, seed) => seed));
      for (let run = 0; run < 5; run++) {
        const done = playOut(start, randomReferee(`de${count}-${run}`));
        const losses = lossesOf(done);
        const champion = podium(done)?.[0]?.entrants[0]?.[0];
        const championIndex = done.entrants.findIndex((entrant) => entrant.players[0] === champion);
        expect(losses.filter((_, index) => index !== championIndex).every((count) => count === 2)).toBe(true);
        expect(losses[championIndex]).toBeLessThan(2);
        const played = done.rounds
          .flatMap((round) => round.matches)
          .filter((match) => match.state === 'played');
        expect([2 * count - 2, 2 * count - 1]).toContain(played.length);
      }
    });
  }

  it('six players: the losers’ bracket winner wins the grand final, and the reset decides', () => {
    // The better number wins, except that P2 beats P1 in the grand final and in the reset.
    let meetings = 0;
    const referee = (teams: Teams) => {
      const pair = [teams.red[0], teams.blue[0]].sort().join();
      if (pair === 'P1,P2' && ++meetings >= 2) {
        return teams.red[0] === 'P2'
          ? { winner: 'red' as const, goals: { red: 5, blue: 4 } }
          : { winner: 'blue' as const, goals: { red: 4, blue: 5 } };
      }
      return favouriteWins(teams);
    };
    const done = playOut(doubleElimination(6), referee);
    expect(done.status).toBe('finished');
    expect(done.rounds.slice(-2).map((round) => round.stage)).toEqual(['grand_final', 'reset']);
    expect(meetings).toBe(3);
    expect(podium(done)).toEqual([
      { position: 1, entrants: [['P2']] },
      { position: 2, entrants: [['P1']] },
      { position: 3, entrants: [['P3']] },
    ]);
    const table = standings(done);
    expect(table).toMatchObject({ format: 'double_elimination', stillIn: [['P2']], oneLoss: [['P2']] });
  });

  it('ends at the grand final when the winners’ bracket winner wins it', () => {
    const done = playOut(doubleElimination(6), favouriteWins);
    expect(done.rounds.at(-1)?.stage).toBe('grand_final');
    expect(podium(done)?.map((place) => place.entrants)).toEqual([[['P1']], [['P2']], [['P3']]]);
    // 5 winners' bracket matches (2 byes), 4 in the losers' bracket, the grand final.
    expect(done.rounds.flatMap((round) => round.matches).filter((m) => m.state === 'played')).toHaveLength(
      10,
    );
  });
});
