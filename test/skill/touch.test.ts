import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../lambda/src/i18n/translator';
import { aplDocumentProblems, rankedListScreen, renderedScreens } from '../../lambda/src/skill/display';
import { ECHO_SCREENS, NothingToTapError, type Turn, tapArguments } from '../../local/alexa';
import { skillUnderTest } from '../support/skill-device';

/** The labels of the buttons under the scoreboard an answer drew (every binding checked). */
function buttonsOf(turn: Turn): string[] {
  const [screen] = renderedScreens(turn.directives);
  if (!screen) return [];
  expect(aplDocumentProblems(screen)).toEqual([]);
  const buttons = (screen.datasources.touch ?? {}) as { buttons?: Array<{ label: string }> };
  return (buttons.buttons ?? []).map((button) => button.label);
}

describe('touch on the Echo Show', () => {
  it('scores with "+1 Red" and "+1 Blue" and takes a goal back with "Undo", as the words would', async () => {
    const show = await skillUnderTest('en-US', { screen: ECHO_SCREENS.show8 });
    const start = await show.say('ask baby foot to start a match to 2 between Alice and Bob');
    expect(buttonsOf(start)).toEqual(['+1 Red', '+1 Blue']);
    // The one-shot answer leaves the session open for taps, the microphone closed.
    expect(start.response.response.shouldEndSession).toBeUndefined();

    const red = await show.device.tap('+1 Red');
    const blue = await show.device.tap('+1 Blue');
    const undo = await show.device.tap('Undo');

    expect(red.speech).toContain('Goal for Alice');
    expect(blue.speech).toContain('Goal for Bob');
    expect(undo.speech).toContain('Alice leads 1 to 0');
    expect(buttonsOf(undo)).toEqual(['+1 Red', '+1 Blue', 'Undo']);
    expect((await show.stored()).match?.score).toEqual({ red: 1, blue: 0 });
    expect(red.request.request).toMatchObject({
      type: 'Alexa.Presentation.APL.UserEvent',
      token: 'babyfoot.scoreboard',
      arguments: ['goal', 'red'],
    });
  });

  it('counts a tap once when Alexa sends its event again', async () => {
    const show = await skillUnderTest('en-GB', { screen: ECHO_SCREENS.show15 });
    await show.say('ask baby foot to start a match to 5 between Alice and Bob');
    await show.device.tap('+1 Blue');

    const again = await show.device.resend();

    expect(again.speech).toContain('already');
    expect((await show.stored()).match?.score).toEqual({ red: 0, blue: 1 });
  });

  it('wins the match with a tap, then leaves only "Undo", which puts the match back on', async () => {
    const show = await skillUnderTest('fr-FR', { screen: ECHO_SCREENS.show10 });
    await show.say('demande à mon baby foot de lancer un match en 2 points entre Alice et Bob');
    await show.device.tap('+1 Rouges');
    const win = await show.device.tap('+1 Rouges');

    expect(win.speech).toContain('Alice');
    expect(buttonsOf(win)).toEqual(['Annuler']);
    await expect(show.device.tap('+1 Bleus')).rejects.toThrow(NothingToTapError);
    const reopened = await show.device.tap('Annuler');

    expect((await show.stored()).match).toMatchObject({ status: 'in_progress', score: { red: 1, blue: 0 } });
    expect(await show.history()).toEqual([]);
    expect(buttonsOf(reopened)).toEqual(['+1 Rouges', '+1 Bleus', 'Annuler']);
  });

  it("opens a player's stats on a tap on the rankings, saying what asking for them says", async () => {
    const show = await skillUnderTest('en-US', { screen: ECHO_SCREENS.show8 });
    for (const [red, blue] of [
      ['Alice', 'Bob'],
      ['Carol', 'Alice'],
    ]) {
      await show.say(`ask baby foot to start a match to 1 between ${red} and ${blue}`);
      await show.device.tap('+1 Red');
    }
    await show.say('ask baby foot for the rankings');

    // Carol has played too few matches for a settled rating: the screen shows her starred.
    const tapped = await show.device.tap('Carol*');
    const asked = await show.say("ask baby foot for Carol's stats");

    expect(tapped.request.request).toMatchObject({ arguments: ['player', 'Carol', 'all'] });
    expect(tapped.speech).toBe(asked.speech);
    expect(renderedScreens(tapped.directives)[0]?.token).toBe('babyfoot.playerStats');
  });

  it('ends the session as before once no button is left, and a voice-only Echo has no screen to tap', async () => {
    const show = await skillUnderTest('en-US', { screen: ECHO_SCREENS.show8 });
    const speaker = await skillUnderTest('en-US');
    await show.say('ask baby foot to start a match to 1 between Alice and Bob');
    await show.say('ask baby foot to pause the match');
    const paused = await show.say("ask baby foot what's the score");
    await speaker.say('ask baby foot to start a match to 1 between Alice and Bob');

    expect(buttonsOf(paused)).toEqual([]);
    expect(paused.response.response.shouldEndSession).toBe(true);
    await expect(show.device.tap('+1 Red')).rejects.toThrow(/session ended/);
    await expect(speaker.device.tap('+1 Red')).rejects.toThrow(/Nothing is on the screen/);
  });
});

describe('rows of a ranked list', () => {
  const t = createTranslator('en-US');
  const list = {
    title: 'Standings',
    nameHeader: 'Team',
    columns: ['Won'],
    entries: [
      { position: 1, name: 'Alice & Bob', figures: [2] },
      { position: 2, name: 'Bob <3', figures: [1], player: 'Bob <3' },
    ],
  };

  it('send nothing when they are not players of a ranking (tournament standings)', () => {
    const screen = rankedListScreen(t, list);

    expect(screen.touchable).toBeUndefined();
    expect(() => tapArguments(screen, 'Alice & Bob')).toThrow(/sends nothing/);
  });

  it("send a player's name as stored, not as escaped for the screen", () => {
    const screen = rankedListScreen(t, {
      ...list,
      tapPeriod: 'week',
      entries: list.entries.map((entry) => ({ ...entry, player: entry.player ?? 'Alice' })),
    });

    expect(aplDocumentProblems(screen)).toEqual([]);
    expect(tapArguments(screen, 'Bob <3')).toEqual(['player', 'Bob <3', 'week']);
  });
});
