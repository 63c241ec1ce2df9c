import { describe, expect, it } from 'vitest';
import { aplDocumentProblems, renderedScreens, type Screen } from '../../lambda/src/skill/display';
import { assertResponseSize, ECHO_SCREENS, MAX_RESPONSE_BYTES, type Turn } from '../../local/alexa';
import { skillUnderTest } from '../support/skill-device';

/** The one screen an answer draws, checked: every binding resolves against its data. */
function screenOf(turn: Turn): Screen | undefined {
  const screens = renderedScreens(turn.directives);
  expect(screens.length).toBeLessThanOrEqual(1);
  const [screen] = screens;
  if (screen) expect(aplDocumentProblems(screen)).toEqual([]);
  return screen;
}

function scoreboardOf(turn: Turn) {
  const screen = screenOf(turn);
  expect(screen?.token).toBe('babyfoot.scoreboard');
  return screen?.datasources.scoreboard;
}

describe('Echo Show screens and Alexa app cards, in English', () => {
  it('shows the scoreboard with every match answer on an Echo Show, and says exactly the same on an Echo without a screen', async () => {
    const show = await skillUnderTest('en-US', { screen: ECHO_SCREENS.show8 });
    const speaker = await skillUnderTest('en-US');
    const script = [
      'open baby foot',
      'start a match to 3 between Alice and Bob',
      'goal for the reds',
      'goal for Bob',
      'undo the last goal',
      'pause the match',
      'resume the match',
      "what's the score",
      'goal for the reds',
      'goal for the reds',
    ];

    const turns: Array<{ show: Turn; speaker: Turn }> = [];
    for (const utterance of script) {
      turns.push({ show: await show.say(utterance), speaker: await speaker.say(utterance) });
    }

    for (const turn of turns) {
      expect(turn.show.speech).toBe(turn.speaker.speech);
      expect(renderedScreens(turn.speaker.directives)).toEqual([]);
      expect(assertResponseSize(turn.show.response)).toBeLessThan(MAX_RESPONSE_BYTES);
    }
    const answer = (utterance: string): Turn => {
      const turn = turns[script.indexOf(utterance)]?.show;
      if (!turn) throw new Error(`no answer to ${utterance}`);
      return turn;
    };
    expect(screenOf(answer('open baby foot'))).toBeUndefined();
    expect(scoreboardOf(answer('start a match to 3 between Alice and Bob'))).toEqual({
      state: 'playing',
      headline: 'Match on · First to 3',
      footer: '',
      teams: [
        { team: 'red', label: 'Red', names: 'Alice', score: 0, games: '', winner: false },
        { team: 'blue', label: 'Blue', names: 'Bob', score: 0, games: '', winner: false },
      ],
    });
    const scores = (turn: Turn | undefined) => turn && scoreboardOf(turn);
    expect(scores(turns[2]?.show)).toMatchObject({ teams: [{ score: 1 }, { score: 0 }] });
    expect(scoreboardOf(answer('goal for Bob'))).toMatchObject({ teams: [{ score: 1 }, { score: 1 }] });
    expect(scoreboardOf(answer('undo the last goal'))).toMatchObject({ teams: [{ score: 1 }, { score: 0 }] });
    expect(scoreboardOf(answer('pause the match'))).toMatchObject({
      state: 'paused',
      headline: 'Paused · First to 3',
    });
    expect(scoreboardOf(answer('resume the match'))).toMatchObject({ state: 'playing' });
    expect(scoreboardOf(answer("what's the score"))).toMatchObject({ state: 'playing', footer: '' });
    expect(scores(turns[8]?.show)).toMatchObject({
      footer: 'Match point: Alice',
      teams: [{ score: 2 }, { score: 0 }],
    });
    expect(scores(turns[9]?.show)).toMatchObject({
      state: 'finished',
      footer: 'Alice wins!',
      teams: [{ score: 3, winner: true }, { winner: false }],
    });
  });

  it('puts the score and the result on a card in the Alexa app, whatever the Echo', async () => {
    const speaker = await skillUnderTest('en-GB');
    await speaker.say('open baby foot');
    const start = await speaker.say('start a match to 2 between Alice and Bob');
    const goal = await speaker.say('goal for the blues');

    const score = await speaker.say("what's the score");
    const win = await speaker.say('goal for the blues');

    expect(start.response.response).not.toHaveProperty('card');
    expect(goal.response.response).not.toHaveProperty('card');
    expect(score.response.response).toMatchObject({
      card: {
        type: 'Simple',
        title: 'Babyfoot: the score',
        content: 'Match on · First to 2\nRed (Alice): 0\nBlue (Bob): 1',
      },
    });
    expect(win.response.response).toMatchObject({
      card: {
        type: 'Simple',
        title: 'Babyfoot: match result',
        content: 'Bob won the match 2–0.\nRed (Alice): 0\nBlue (Bob): 2',
      },
    });
  });

  it('shows the match on opening the skill and greys it out once abandoned', async () => {
    const show = await skillUnderTest('en-US', { screen: ECHO_SCREENS.show15 });
    await show.say('open baby foot');
    await show.say('start a best of 3 match between Alice and Bob');
    for (let goal = 0; goal < 10; goal += 1) await show.say('goal for the reds');
    await show.say('stop');

    const relaunch = await show.say('open baby foot');
    await show.say('abandon the match');
    const abandoned = await show.say('yes');

    expect(scoreboardOf(relaunch)).toMatchObject({
      state: 'playing',
      headline: 'Match on · First to 10, best of 3',
      footer: 'Game 2 of 3',
      teams: [{ games: '1 game' }, { games: '0 games' }],
    });
    expect(scoreboardOf(abandoned)).toMatchObject({
      state: 'abandoned',
      footer: "Abandoned: this match doesn't count.",
    });
    expect(abandoned.response.response).toMatchObject({ card: { title: 'Babyfoot: match result' } });
  });
});
