import { describe, expect, it } from 'vitest';
import { aplDocumentProblems, renderedScreens } from '../../lambda/src/skill/display';
import { ECHO_SCREENS, type Turn } from '../../local/alexa';
import { skillUnderTest } from '../support/skill-device';

function scoreboardOf(turn: Turn) {
  const [screen, ...others] = renderedScreens(turn.directives);
  expect(others).toEqual([]);
  if (!screen) throw new Error(`no screen with "${turn.speech}"`);
  expect(aplDocumentProblems(screen)).toEqual([]);
  return screen.datasources.scoreboard;
}

describe('écrans Echo et cartes de l’application Alexa, en français', () => {
  it('affiche le tableau de score en français sur un Echo Spot, avec la même voix que sur une enceinte', async () => {
    const spot = await skillUnderTest('fr-FR', { screen: ECHO_SCREENS.spot });
    const enceinte = await skillUnderTest('fr-FR');
    const script = [
      'ouvre mon baby foot',
      'lance un match en double, Alice et Bob contre Carole et David',
      'but pour les rouges',
      'mets le match en pause',
      'quel est le score',
    ];

    const turns: Array<{ spot: Turn; enceinte: Turn }> = [];
    for (const phrase of script)
      turns.push({ spot: await spot.say(phrase), enceinte: await enceinte.say(phrase) });

    for (const turn of turns) {
      expect(turn.spot.speech).toBe(turn.enceinte.speech);
      expect(renderedScreens(turn.enceinte.directives)).toEqual([]);
    }
    const [, start, goal, pause, score] = turns.map((turn) => turn.spot);
    if (!start || !goal || !pause || !score) throw new Error('a turn is missing');
    expect(scoreboardOf(start)).toEqual({
      state: 'playing',
      headline: 'Match en cours · En 10 points',
      footer: '',
      teams: [
        { team: 'red', label: 'Rouges', names: 'Alice &amp; Bob', score: 0, games: '', winner: false },
        { team: 'blue', label: 'Bleus', names: 'Carole &amp; David', score: 0, games: '', winner: false },
      ],
    });
    expect(scoreboardOf(goal)).toMatchObject({ teams: [{ score: 1 }, { score: 0 }] });
    expect(scoreboardOf(pause)).toMatchObject({
      state: 'paused',
      headline: 'En pause · En 10 points',
      footer: 'En pause : dites « reprends le match » pour continuer.',
    });
    expect(scoreboardOf(score)).toMatchObject({ state: 'paused' });
    for (const device of [score, turns[4]?.enceinte]) {
      expect(device?.response.response).toMatchObject({
        card: {
          type: 'Simple',
          title: 'Babyfoot : le score',
          content: 'En pause · En 10 points\nRouges (Alice & Bob) : 1\nBleus (Carole & David) : 0',
        },
      });
    }
  });
});
