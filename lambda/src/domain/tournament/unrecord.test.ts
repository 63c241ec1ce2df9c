import { describe, expect, it } from 'vitest';
import { TournamentMovedOnError } from '../errors';
import { createTournament } from './entrants';
import { nextMatch, recordForfeit, recordResult, startNextMatch, unrecordResult } from './play';
import { standings } from './standings';
import { startTournament } from './start';
import { matchResult, players } from './test-support';

const alicePlaysBob = () =>
  startNextMatch(
    startTournament(createTournament({ format: 'knockout', players: ['Alice', 'Bob'] }), 1),
    'm1',
  );

describe('taking a tournament result back', () => {
  it('puts the final in play again and the finished tournament back to running', () => {
    // Prepare: a wrong finish ends the cup.
    const inPlay = alicePlaysBob();
    const wrong = matchResult('m1', { red: ['Alice'], blue: ['Bob'] }, 'blue', { red: 4, blue: 5 });
    const done = recordResult(inPlay, wrong);
    expect(done.status).toBe('finished');

    // Act
    const reopened = unrecordResult(done, 'm1');

    // Assess
    expect(reopened).toEqual(inPlay);
    expect(standings(reopened)).toMatchObject({ stillIn: [['Alice'], ['Bob']] });
    const right = matchResult('m1', { red: ['Alice'], blue: ['Bob'] }, 'red', { red: 5, blue: 4 });
    expect(standings(recordResult(reopened, right))).toMatchObject({ stillIn: [['Alice']] });
  });

  it('withdraws the next knockout round drawn from it while none of its matches started', () => {
    // Prepare: four players; both semi-finals played, the final drawn but not started.
    let t = startTournament(createTournament({ format: 'knockout', players: players(4) }), 1);
    const semis = [nextMatch(t), undefined];
    t = startNextMatch(t, 's1');
    semis[1] = nextMatch(t);
    t = startNextMatch(t, 's2');
    const [first, second] = semis;
    if (!first || !second) throw new Error('no semi-final');
    t = recordResult(t, matchResult('s1', first.teams, 'red', { red: 5, blue: 2 }));
    const beforeSecond = t;
    t = recordResult(t, matchResult('s2', second.teams, 'blue', { red: 3, blue: 5 }));
    expect(t.rounds).toHaveLength(2);

    // Act
    const reopened = unrecordResult(t, 's2');

    // Assess
    expect(reopened).toEqual(beforeSecond);
    expect(() => unrecordResult(startNextMatch(t, 'f'), 's2')).toThrow(TournamentMovedOnError);
  });

  it('keeps a round robin schedule whole and changes nothing for a forfeit or an unknown match', () => {
    let t = startTournament(createTournament({ format: 'round_robin', players: players(4) }), 1);
    const first = nextMatch(t);
    if (!first) throw new Error('no match');
    t = startNextMatch(t, 'a');
    const inPlay = t;
    t = recordResult(t, matchResult('a', first.teams, 'red', { red: 5, blue: 0 }));

    expect(unrecordResult(t, 'a')).toEqual(inPlay);
    expect(unrecordResult(t, 'unknown')).toBe(t);
    const player = first.teams.blue[0] ?? '';
    const forfeited = recordForfeit(unrecordResult(t, 'a'), player);
    expect(unrecordResult(forfeited, 'a')).toBe(forfeited);
  });
});
