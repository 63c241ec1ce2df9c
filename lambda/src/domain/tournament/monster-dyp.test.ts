import { describe, expect, it } from 'vitest';
import { PlayerHasMatchToPlayError, TooFewEntrantsError } from '../errors';
import { dypHistory } from './dyp-history';
import { addEntrant, createTournament, removeEntrant } from './entrants';
import { nextMatch, recordResult, startNextMatch } from './play';
import { podium } from './podium';
import { progress } from './progress';
import { standings } from './standings';
import { startTournament } from './start';
import { matchResult, players, playNext, playOut, redWins } from './test-support';
import type { Tournament } from './types';

function dyp(count: number, seed: string | number, rounds = count - 1): Tournament {
  return startTournament(createTournament({ format: 'monster_dyp', players: players(count), rounds }), seed);
}

const most = (grid: number[][]) => Math.max(...grid.flat());

describe('Monster DYP draws', () => {
  for (let count = 4; count <= 24; count++) {
    const bound = count % 4 === 0 ? 1 : 2;
    it(`${count} players over ${count - 1} rounds: ${count % 4} sit out, fairly; partners at most ${bound}×`, () => {
      for (const seed of ['a', 'b', 'c']) {
        // Act
        const done = playOut(dyp(count, seed), redWins);

        // Assess
        expect(done.status).toBe('finished');
        expect(done.rounds).toHaveLength(count - 1);
        done.rounds.forEach((round, index) => {
          const seated = [
            ...round.matches.flatMap((match) => [...match.red, ...match.blue]),
            ...(round.sittingOut ?? []),
          ];
          expect(new Set(seated).size).toBe(count);
          expect(seated).toHaveLength(count);
          expect(round.sittingOut ?? []).toHaveLength(count % 4);
          expect(round.matches.every((match) => match.red.length === 2 && match.blue.length === 2)).toBe(
            true,
          );
          // Nobody sits out twice before everyone sat out once.
          const satOut = dypHistory(count, done.rounds.slice(0, index + 1)).satOut;
          expect(Math.max(...satOut) - Math.min(...satOut)).toBeLessThanOrEqual(1);
        });
        const history = dypHistory(count, done.rounds);
        expect(most(history.partners)).toBeLessThanOrEqual(bound);
        expect(most(history.opponents)).toBeLessThanOrEqual(4);
      }
    });
  }

  it('draws the same rounds from the same seed and other rounds from another', () => {
    expect(playOut(dyp(10, 's'), redWins).rounds).toEqual(playOut(dyp(10, 's'), redWins).rounds);
    expect(playOut(dyp(10, 's'), redWins).rounds).not.toEqual(playOut(dyp(10, 't'), redWins).rounds);
  });

  it('plays 7 rounds by default for 8 players, and players − 1 for fewer', () => {
    const start = (count: number) =>
      startTournament(createTournament({ format: 'monster_dyp', players: players(count) }), 1);
    expect(start(8).settings.rounds).toBe(7);
    expect(start(12).settings.rounds).toBe(7);
    expect(start(5).settings.rounds).toBe(4);
  });
});

describe('Monster DYP joins and leaves', () => {
  it('redraws a round nobody started when a player joins, and the newcomer plays first', () => {
    // Prepare: round 1 played, round 2 drawn but not started
    let t = playOut(dyp(8, 'j'), redWins, 2);
    expect(progress(t).round).toBe(2);

    // Act
    t = addEntrant(t, ['Zoe']);

    // Assess: 9 players, one sits out, not Zoe
    const round = t.rounds[1];
    expect(round?.sittingOut).toHaveLength(1);
    const zoe = t.entrants.findIndex((entrant) => entrant.players[0] === 'Zoe');
    expect(round?.matches.some((match) => [...match.red, ...match.blue].includes(zoe))).toBe(true);
  });

  it('lets a player leave between rounds, keeping their results in the standings', () => {
    // Prepare
    let t = playOut(dyp(8, 'l'), redWins, 2);

    // Act
    t = removeEntrant(t, 'P3');

    // Assess
    const p3 = 2;
    expect(t.rounds[1]?.matches.some((match) => [...match.red, ...match.blue].includes(p3))).toBe(false);
    expect(t.rounds[1]?.sittingOut).toHaveLength(3);
    const table = standings(t);
    const row = table.format === 'monster_dyp' ? table.rows.find((r) => r.players[0] === 'P3') : undefined;
    expect(row).toMatchObject({ played: 1, left: true });
    const done = playOut(t, redWins);
    expect(
      done.rounds.slice(1).every((round) => !round.matches.some((m) => [...m.red, ...m.blue].includes(p3))),
    ).toBe(true);
  });

  it('mid-round: refuses to let a player with a match to play leave; others leave or join for the next round', () => {
    // Prepare: 9 players, round 1 under way
    let t = dyp(9, 'm');
    const current = nextMatch(t);
    t = startNextMatch(t, 'first');
    const sitter = t.entrants[t.rounds[0]?.sittingOut?.[0] ?? -1]?.players[0] ?? '';
    const waiting = t.rounds[0]?.matches[1]?.red[0] ?? -1;
    const waitingName = t.entrants[waiting]?.players[0] ?? '';

    // Act / Assess
    expect(() => removeEntrant(t, waitingName)).toThrow(PlayerHasMatchToPlayError);
    const afterLeave = removeEntrant(t, sitter);
    expect(afterLeave.rounds[0]).toEqual(t.rounds[0]);
    const afterJoin = addEntrant(afterLeave, ['Zoe']);
    expect(afterJoin.rounds[0]).toEqual(t.rounds[0]);
    expect(current?.round).toBe(1);

    // Next round: the sitter is gone, Zoe plays, 9 players → one sits out
    const first = current ? matchResult('first', current.teams, 'red', { red: 5, blue: 0 }) : undefined;
    const next = playOut(first ? recordResult(afterJoin, first) : afterJoin, redWins, 1);
    const round2 = next.rounds[1];
    const zoe = next.entrants.findIndex((entrant) => entrant.players[0] === 'Zoe');
    expect(round2?.matches.some((match) => [...match.red, ...match.blue].includes(zoe))).toBe(true);
    expect(round2?.sittingOut).toHaveLength(1);
  });

  it('brings back a player who left, with their results', () => {
    let t = removeEntrant(playOut(dyp(8, 'r'), redWins, 2), 'P1');
    t = addEntrant(t, ['p1']);
    expect(t.entrants.filter((entrant) => entrant.players[0]?.toLowerCase() === 'p1')).toHaveLength(1);
    expect(t.entrants[0]?.left).toBeUndefined();
  });

  it('keeps at least 4 players', () => {
    expect(() => removeEntrant(dyp(4, 'x'), 'P1')).toThrow(TooFewEntrantsError);
  });
});

describe('a whole 8-player Monster DYP', () => {
  it('credits every individual over 7 rounds of 2 matches', () => {
    // Prepare: the side with the lowest-numbered player wins 5–(a goal per round number)
    let t = dyp(8, 'night');
    let match = 0;

    // Act
    while (t.status === 'running') {
      match++;
      t = playNext(t, `d${match}`, (teams) => {
        const low = (side: string[]) => Math.min(...side.map((name) => Number(name.slice(1))));
        return low(teams.red) < low(teams.blue)
          ? { winner: 'red', goals: { red: 5, blue: match % 5 } }
          : { winner: 'blue', goals: { red: match % 5, blue: 5 } };
      });
    }

    // Assess
    expect(match).toBe(14);
    const table = standings(t);
    if (table.format !== 'monster_dyp') throw new Error('expected a league table');
    expect(table.rows.every((row) => row.played === 7)).toBe(true);
    expect(table.rows.reduce((sum, row) => sum + row.wins, 0)).toBe(28);
    const p1 = table.rows.find((row) => row.players[0] === 'P1');
    expect(p1).toMatchObject({ position: 1, wins: 7, losses: 0, points: 14 });
    expect(table.rows.filter((row) => row.position === 1)).toHaveLength(1);
    expect(table.rows.every((row) => row.wins + row.losses === 7 && row.points === 2 * row.wins)).toBe(true);
    const goalsFor = table.rows.reduce((sum, row) => sum + row.goalsFor, 0);
    const goalsAgainst = table.rows.reduce((sum, row) => sum + row.goalsAgainst, 0);
    expect(goalsFor).toBe(goalsAgainst);
    expect(podium(t)?.[0]).toEqual({ position: 1, entrants: [['P1']] });
  });
});

describe('a 4-player Monster DYP, counted by hand', () => {
  it('gives Ann 3 wins and leaves the others level on every tie-break, sharing second', () => {
    // Prepare: 3 rounds: Ann partners each of the others once; Ann's side always wins 5–3.
    let t = startTournament(
      createTournament({ format: 'monster_dyp', players: ['Ann', 'Bob', 'Cid', 'Dan'], rounds: 3 }),
      4,
    );

    // Act
    t = playOut(t, (teams) =>
      teams.red.includes('Ann')
        ? { winner: 'red', goals: { red: 5, blue: 3 } }
        : { winner: 'blue', goals: { red: 3, blue: 5 } },
    );

    // Assess: Ann 3–0, 15 for, 9 against. Bob, Cid, Dan: one win beside Ann (5–3), two losses
    // (3–5): 11 for, 13 against, and one win each against the two others: all level.
    const table = standings(t);
    if (table.format !== 'monster_dyp') throw new Error('expected a league table');
    expect(
      table.rows.map((row) => [
        row.position,
        row.players[0],
        row.points,
        row.wins,
        row.goalsFor,
        row.goalsAgainst,
      ]),
    ).toEqual([
      [1, 'Ann', 6, 3, 15, 9],
      [2, 'Bob', 2, 1, 11, 13],
      [2, 'Cid', 2, 1, 11, 13],
      [2, 'Dan', 2, 1, 11, 13],
    ]);
    expect(podium(t)).toEqual([
      { position: 1, entrants: [['Ann']] },
      { position: 2, entrants: [['Bob'], ['Cid'], ['Dan']] },
    ]);
  });
});
