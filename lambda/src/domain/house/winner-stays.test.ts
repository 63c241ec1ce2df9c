import { describe, expect, it } from 'vitest';
import { scoreGoal } from '../match/goals';
import { BAR_RULES } from '../match/rules';
import { startMatch } from '../match/start-match';
import type { Match, TeamColor, Teams } from '../match/types';
import { type ChallengerQueue, joinQueue, leaveQueue, nextChallenge } from './winner-stays';

let id = 0;
/** A match to 3 between the teams, won by `winner` 3 to 0. */
function played(teams: Teams, winner: TeamColor): Match {
  let match = startMatch({ id: `m${++id}`, teams, rules: { ...BAR_RULES, target: 3 }, at: 1000 });
  for (let goal = 0; goal < 3; goal++)
    match = scoreGoal(match, {
      id: `g${++id}`,
      team: winner,
      kind: 'goal',
      source: 'voice',
      at: 2000 + id,
    }).match;
  return match;
}

function queued(queue: ChallengerQueue, names: string[], onTable: string[] = []): ChallengerQueue {
  const outcome = joinQueue(queue, names, onTable);
  if (outcome.kind !== 'queued') throw new Error(outcome.kind);
  return outcome.queue;
}

describe('winner stays', () => {
  it('an evening of six matches: the winners stay, each pair in line plays in turn, losers go to the back', () => {
    let queue = queued(queued([], ['Eve', 'Fred']), ['Gus', 'Hana']);
    let teams: Teams = { red: ['Alice', 'Bob'], blue: ['Carol', 'Dave'] };
    const winners: TeamColor[] = ['red', 'blue', 'red', 'red', 'blue', 'red'];
    const lineUps: string[] = [];
    for (const winner of winners) {
      const match = played(teams, winner);
      lineUps.push(`${teams.red.join('+')} v ${teams.blue.join('+')}`);
      const losers = match.teams[winner === 'red' ? 'blue' : 'red'];
      const next = nextChallenge(match, queue);
      if (next === undefined) throw new Error('the queue ran dry');
      queue = queued(next.queue, losers);
      teams = next.teams;
    }
    expect(lineUps).toEqual([
      'Alice+Bob v Carol+Dave',
      'Alice+Bob v Eve+Fred',
      'Eve+Fred v Gus+Hana',
      'Eve+Fred v Carol+Dave',
      'Eve+Fred v Alice+Bob',
      'Alice+Bob v Gus+Hana',
    ]);
  });

  it('singles winners meet the first single challenger, past a waiting pair', () => {
    const queue = queued(queued([], ['Eve', 'Fred']), ['Gus']);
    const next = nextChallenge(played({ red: ['Alice'], blue: ['Bob'] }, 'blue'), queue);
    expect(next?.teams).toEqual({ red: ['Bob'], blue: ['Gus'] });
    expect(next?.queue).toEqual([['Eve', 'Fred']]);
  });

  it('nobody of the right size waiting, or a match not won: no next match', () => {
    expect(
      nextChallenge(played({ red: ['Alice'], blue: ['Bob'] }, 'red'), [['Eve', 'Fred']]),
    ).toBeUndefined();
    const running = startMatch({ id: 'x', teams: { red: ['A'], blue: ['B'] }, rules: BAR_RULES, at: 0 });
    expect(nextChallenge(running, [['Eve']])).toBeUndefined();
  });

  it('refuses someone on the table, someone already waiting, three names or a name twice', () => {
    expect(joinQueue([], ['Eve', 'alice'], ['Alice', 'Bob'])).toEqual({ kind: 'onTable', name: 'alice' });
    expect(joinQueue([['Eve']], ['Fred', 'Eve'], [])).toEqual({ kind: 'alreadyQueued', name: 'Eve' });
    expect(joinQueue([], ['Eve', 'Fred', 'Gus'], [])).toEqual({ kind: 'wrongSize', count: 3 });
    expect(joinQueue([], ['Eve', 'Eve'], [])).toEqual({ kind: 'wrongSize', count: 2 });
  });

  it('removing a player keeps the partner in line; a name not in line removes nothing', () => {
    expect(leaveQueue([['Eve', 'Fred'], ['Gus']], 'eve')).toEqual({
      queue: [['Fred'], ['Gus']],
      removed: true,
    });
    expect(leaveQueue([['Gus']], 'Zoé')).toEqual({ queue: [['Gus']], removed: false });
  });
});
