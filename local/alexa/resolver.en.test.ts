import { describe, expect, it } from 'vitest';
import { loadInteractionModel } from './model';
import { resolveUtterance } from './resolver';
import { slotSummary, type UtteranceCase } from './resolver-cases';

const model = loadInteractionModel('en-US');

const cases: UtteranceCase[] = [
  [
    'start a match between Alice and Bob',
    'StartMatchIntent',
    { redPlayerOne: 'Alice → Alice', bluePlayerOne: 'Bob → Bob' },
  ],
  [
    'start a doubles game, Alice and Bob versus Carol and Dave',
    'StartMatchIntent',
    {
      mode: 'doubles → doubles',
      redPlayerOne: 'Alice → Alice',
      redPlayerTwo: 'Bob → Bob',
      bluePlayerOne: 'Carol → Carol',
      bluePlayerTwo: 'Dave → Dave',
    },
  ],
  ['start a match', 'StartMatchIntent', {}],
  ['start a doubles match', 'StartMatchIntent', { mode: 'doubles → doubles' }],
  ['start a one on one game', 'StartMatchIntent', { mode: 'one on one → singles' }],
  [
    'start a match to 5 between Alice and Bob',
    'StartMatchIntent',
    { target: '5', redPlayerOne: 'Alice → Alice', bluePlayerOne: 'Bob → Bob' },
  ],
  ['start a match to eleven', 'StartMatchIntent', { target: '11' }],
  [
    'start a best of three match between Eve and Fred',
    'StartMatchIntent',
    { bestOf: '3', redPlayerOne: 'Eve → Eve', bluePlayerOne: 'Fred → Fred' },
  ],
  [
    'start a game with tournament rules between Alice and Bob',
    'StartMatchIntent',
    { preset: 'tournament → itsf', redPlayerOne: 'Alice → Alice', bluePlayerOne: 'Bob → Bob' },
  ],
  [
    'new game Alice versus Bob',
    'StartMatchIntent',
    { redPlayerOne: 'Alice → Alice', bluePlayerOne: 'Bob → Bob' },
  ],
  ['first to 11', 'SetRulesIntent', { target: '11' }],
  ['first to twenty-one', 'SetRulesIntent', { target: '21' }],
  ['play to 7', 'SetRulesIntent', { target: '7' }],
  ['win by two', 'SetRulesIntent', { winBy: '2' }],
  ['best of three games', 'SetRulesIntent', { bestOf: '3' }],
  ['ITSF rules', 'SetRulesIntent', { preset: 'ITSF → itsf' }],
  ['bar rules', 'SetRulesIntent', { preset: 'bar → bar' }],
  ['goal for Alice', 'GoalIntent', { scorer: 'Alice → Alice' }],
  ['goal for the reds', 'GoalIntent', { scorer: 'the reds → red' }],
  ['goal for red', 'GoalIntent', { scorer: 'red → red' }],
  ['blue team scores', 'GoalIntent', { scorer: 'blue → blue' }],
  ['gamelle for the blues', 'GamelleIntent', { scorer: 'the blues → blue' }],
  ['red team gamelle', 'GamelleIntent', { scorer: 'red → red' }],
  ['a red goal', 'GoalIntent', { scorer: 'red → red' }],
  ['point for blue', 'GoalIntent', { scorer: 'blue → blue' }],
  ['Alice scored', 'GoalIntent', { scorer: 'Alice → Alice' }],
  ["O'Brien scored", 'GoalIntent', { scorer: "O'Brien → ?" }],
  ['undo the last goal', 'UndoGoalIntent', {}],
  ['cancel that goal', 'UndoGoalIntent', {}],
  ["Alice's stats", 'PlayerStatsIntent', { player: 'Alice → Alice' }],
  ['remove the last goal', 'UndoGoalIntent', {}],
  ["what's the score?", 'ScoreIntent', {}],
  ["who's winning", 'ScoreIntent', {}],
  ["how's the game going", 'ScoreIntent', {}],
  ['pause', 'AMAZON.PauseIntent', {}],
  ['pause the match', 'PauseMatchIntent', {}],
  ['resume the match', 'ResumeMatchIntent', {}],
  ['continue the match', 'ResumeMatchIntent', {}],
  ['resume', 'AMAZON.ResumeIntent', {}],
  ['abandon the match', 'AbandonMatchIntent', {}],
  ['cancel the match', 'AbandonMatchIntent', {}],
  ['forfeit', 'AbandonMatchIntent', {}],
  ['cancel', 'AMAZON.CancelIntent', {}],
  ['stop', 'AMAZON.StopIntent', {}],
  ['help', 'AMAZON.HelpIntent', {}],
  ['go home', 'AMAZON.NavigateHomeIntent', {}],
  ['yes', 'AMAZON.YesIntent', {}],
  ['no', 'AMAZON.NoIntent', {}],
  ['order a pizza', 'AMAZON.FallbackIntent', {}],
];

describe('resolveUtterance (en-US)', () => {
  it.each(cases)('"%s" → %s', (text, intent, slots = {}) => {
    const heard = resolveUtterance(model, text);
    expect(heard.intent).toBe(intent);
    expect(slotSummary(heard)).toEqual(slots);
  });

  it('fills an elicited player slot from "it\'s …"', () => {
    const heard = resolveUtterance(model, "it's Dave", {
      elicitSlot: { intent: 'StartMatchIntent', slot: 'redPlayerTwo' },
    });
    expect(heard.intent).toBe('StartMatchIntent');
    expect(slotSummary(heard)).toEqual({ redPlayerTwo: 'Dave → Dave' });
  });

  it('is the same model for en-GB', () => {
    const heard = resolveUtterance(loadInteractionModel('en-GB'), 'goal for the reds');
    expect(slotSummary(heard)).toEqual({ scorer: 'the reds → red' });
  });
});
