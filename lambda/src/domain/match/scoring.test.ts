import { describe, expect, it } from 'vitest';
import { changeLastGoalKind } from './goal-kind';
import { scoreGoal, undoLastGoal } from './goals';
import { BAR_RULES } from './rules';
import { aliceVersusBob } from './test-fixtures';
import type { GoalKind, HouseScoring, Match, TeamColor } from './types';

const CAFE: HouseScoring = { gamelle: 'minusOne', midfield: 'counts' };

let id = 0;
/** Goals said in order: r / b a goal, R / B a gamelle, m / n a midfield goal (red / blue). */
function play(match: Match, sequence: string): Match {
  let current = match;
  for (const letter of sequence.replaceAll(' ', '')) {
    const team: TeamColor = letter.toLowerCase() === 'r' || letter === 'm' ? 'red' : 'blue';
    const kind: GoalKind =
      letter === 'm' || letter === 'n' ? 'midfield' : letter === letter.toUpperCase() ? 'gamelle' : 'goal';
    id += 1;
    current = scoreGoal(current, { id: `g${id}`, team, kind, source: 'voice', at: 2000 + id }).match;
  }
  return current;
}

const house = (scoring: HouseScoring, target = 10) =>
  aliceVersusBob({ ...BAR_RULES, target, house: scoring });

describe('house scoring in the replay', () => {
  it('ITSF (no house rules): a gamelle and a midfield goal are one goal each', () => {
    expect(play(aliceVersusBob(), 'rRm b').score).toEqual({ red: 3, blue: 1 });
  });

  it('café rules: a gamelle takes a point off the other team, and the match ends on the score a hand count gives', () => {
    // Red 3, blue 2, then a red gamelle: blue 1; blue never goes below zero.
    const mid = play(house(CAFE, 5), 'rrr bb R');
    expect(mid.score).toEqual({ red: 3, blue: 1 });
    const end = play(mid, 'R R rr');
    expect(end.status).toBe('finished');
    expect(end.winner).toBe('red');
    expect(end.games).toEqual([{ red: 5, blue: 0 }]);
  });

  it('a house that plays below zero keeps counting', () => {
    expect(play(house({ ...CAFE, belowZero: true }), 'RR b').score).toEqual({ red: 0, blue: -1 });
  });

  it('a midfield goal counts, does not, or counts double', () => {
    expect(play(house({ gamelle: 'goal', midfield: 'void' }), 'mm b').score).toEqual({ red: 0, blue: 1 });
    expect(play(house({ gamelle: 'goal', midfield: 'double' }), 'm n r').score).toEqual({ red: 3, blue: 2 });
  });

  it('a fanny at 6-0 ends the game there; 6-1 plays on to the target', () => {
    const fanny = play(house({ ...CAFE, fannyAt: 6 }), 'rrrrrr');
    expect(fanny).toMatchObject({ status: 'finished', winner: 'red', games: [{ red: 6, blue: 0 }] });
    expect(play(house({ ...CAFE, fannyAt: 6 }), 'b rrrrrr').status).toBe('in_progress');
  });

  it('undo takes a café gamelle back: the point it took off returns', () => {
    const match = play(house(CAFE), 'bb R');
    expect(match.score).toEqual({ red: 0, blue: 1 });
    const undone = undoLastGoal(match, 9000);
    expect(undone.kind === 'undone' && undone.match.score).toEqual({ red: 0, blue: 2 });
  });

  it("'the reds' goal was a gamelle' turns the reds' last goal into one and replays", () => {
    const match = play(house(CAFE), 'bb r b');
    const changed = changeLastGoalKind(match, { kind: 'gamelle', team: 'red' }, 9000);
    expect(changed.goal.kind).toBe('gamelle');
    expect(changed.match.score).toEqual({ red: 0, blue: 2 });
    expect(changed.match.goals.map((goal) => goal.kind)).toEqual(['goal', 'goal', 'gamelle', 'goal']);
  });

  it('a change of kind that wins the match finishes it and keeps the goals up to the win', () => {
    const match = play(house({ ...CAFE, midfield: 'double' }, 3), 'rr b');
    const changed = changeLastGoalKind(match, { kind: 'midfield', team: 'red' }, 9000);
    expect(changed.match).toMatchObject({ status: 'finished', winner: 'red' });
    expect(changed.match.goals).toHaveLength(2);
  });
});
