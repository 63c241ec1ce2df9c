import { describe, expect, it } from 'vitest';
import { loadInteractionModel } from './model';
import { resolveUtterance } from './resolver';
import { slotSummary, type UtteranceCase } from './resolver-cases';

const model = loadInteractionModel('fr-FR');

const cases: UtteranceCase[] = [
  [
    'lance un match entre Alice et Bob',
    'StartMatchIntent',
    { redPlayerOne: 'Alice → Alice', bluePlayerOne: 'Bob → Bob' },
  ],
  [
    'nouveau match Alice contre Bob',
    'StartMatchIntent',
    { redPlayerOne: 'Alice → Alice', bluePlayerOne: 'Bob → Bob' },
  ],
  [
    'lance un match en double, Alice et Bob contre Carole et David',
    'StartMatchIntent',
    {
      redPlayerOne: 'Alice → Alice',
      redPlayerTwo: 'Bob → Bob',
      bluePlayerOne: 'Carole → Carole',
      bluePlayerTwo: 'David → David',
    },
  ],
  ['lance un match', 'StartMatchIntent', {}],
  ['lance un match en double', 'StartMatchIntent', { mode: 'double → doubles' }],
  ['démarre une partie en simple', 'StartMatchIntent', { mode: 'simple → singles' }],
  [
    'lance un match en 5 points entre Alice et Bob',
    'StartMatchIntent',
    { target: '5', redPlayerOne: 'Alice → Alice', bluePlayerOne: 'Bob → Bob' },
  ],
  ['lance un match en onze points', 'StartMatchIntent', { target: '11' }],
  [
    'lance un match au meilleur des trois manches entre Léa et Chloé',
    'StartMatchIntent',
    { bestOf: '3', redPlayerOne: 'Léa → Léa', bluePlayerOne: 'Chloé → Chloé' },
  ],
  [
    'lance un match aux règles ITSF entre Alice et Bob',
    'StartMatchIntent',
    { preset: 'ITSF → itsf', redPlayerOne: 'Alice → Alice', bluePlayerOne: 'Bob → Bob' },
  ],
  ['lance un match aux règles du bar', 'StartMatchIntent', { preset: 'du bar → bar' }],
  [
    'lancer un match entre Zoé et Jean-Pierre',
    'StartMatchIntent',
    { redPlayerOne: 'Zoé → Zoé', bluePlayerOne: 'Jean-Pierre → Jean-Pierre' },
  ],
  [
    'lance un match entre Kylian et Maëlys',
    'StartMatchIntent',
    { redPlayerOne: 'Kylian → ?', bluePlayerOne: 'Maëlys → ?' },
  ],
  ['match en 5 points', 'SetRulesIntent', { target: '5' }],
  ['en 11 points', 'SetRulesIntent', { target: '11' }],
  ['en vingt et un points', 'SetRulesIntent', { target: '21' }],
  ["en deux points d'écart", 'SetRulesIntent', { winBy: '2' }],
  ['au meilleur des trois manches', 'SetRulesIntent', { bestOf: '3' }],
  ['au meilleur des cinq manches', 'SetRulesIntent', { bestOf: '5' }],
  ['règles ITSF', 'SetRulesIntent', { preset: 'ITSF → itsf' }],
  ['règles i. t. s. f.', 'SetRulesIntent', { preset: 'i. t. s. f. → itsf' }],
  ['règles officielles', 'SetRulesIntent', { preset: 'officielles → itsf' }],
  ['but pour les rouges', 'GoalIntent', { scorer: 'les rouges → red' }],
  ['but des bleus', 'GoalIntent', { scorer: 'bleus → blue' }],
  ["but de l'équipe rouge", 'GoalIntent', { scorer: "l'équipe rouge → red" }],
  ['point rouge', 'GoalIntent', { scorer: 'rouge → red' }],
  ['gamelle pour les bleus', 'GamelleIntent', { scorer: 'les bleus → blue' }],
  ['gamelle rouge', 'GamelleIntent', { scorer: 'rouge → red' }],
  ['but pour Alice', 'GoalIntent', { scorer: 'Alice → Alice' }],
  ["but d'Alice", 'GoalIntent', { scorer: 'Alice → Alice' }],
  ['Alice a marqué', 'GoalIntent', { scorer: 'Alice → Alice' }],
  ['Élodie a marqué une gamelle', 'GamelleIntent', { scorer: 'Élodie → Élodie' }],
  ['annule le dernier but', 'UndoGoalIntent', {}],
  ['annule le but', 'UndoGoalIntent', {}],
  ['quel est le score ?', 'ScoreIntent', {}],
  ["c'est combien", 'ScoreIntent', {}],
  ['C’est combien ?', 'ScoreIntent', {}],
  ['qui gagne', 'ScoreIntent', {}],
  ['pause', 'AMAZON.PauseIntent', {}],
  ['mets le match en pause', 'PauseMatchIntent', {}],
  ['reprends le match', 'ResumeMatchIntent', {}],
  ['on reprend', 'ResumeMatchIntent', {}],
  ['abandonne le match', 'AbandonMatchIntent', {}],
  ['arrête le match', 'AbandonMatchIntent', {}],
  ['on abandonne', 'AbandonMatchIntent', {}],
  ['arrête', 'AMAZON.StopIntent', {}],
  ['annule', 'AMAZON.CancelIntent', {}],
  ['aide', 'AMAZON.HelpIntent', {}],
  ['oui', 'AMAZON.YesIntent', {}],
  ['non', 'AMAZON.NoIntent', {}],
  ['commande une pizza', 'AMAZON.FallbackIntent', {}],
  ['', 'AMAZON.FallbackIntent', {}],
];

describe('resolveUtterance (fr-FR)', () => {
  it.each(cases)('"%s" → %s', (text, intent, slots = {}) => {
    const heard = resolveUtterance(model, text);
    expect(heard.intent).toBe(intent);
    expect(slotSummary(heard)).toEqual(slots);
  });

  it('reads accents leniently and keeps them in the value', () => {
    const heard = resolveUtterance(model, 'lance un match entre Lea et Chloe');
    expect(slotSummary(heard)).toEqual({ redPlayerOne: 'Lea → Léa', bluePlayerOne: 'Chloe → Chloé' });
  });

  it('sends a resolution with the static authority of the skill', () => {
    const heard = resolveUtterance(model, 'but pour les rouges', { skillId: 'amzn1.ask.skill.test' });
    expect(heard.slots.scorer).toEqual({
      name: 'scorer',
      value: 'les rouges',
      confirmationStatus: 'NONE',
      source: 'USER',
      resolutions: {
        resolutionsPerAuthority: [
          {
            authority: 'amzn1.er-authority.echo-sdk.amzn1.ask.skill.test.Scorer',
            status: { code: 'ER_SUCCESS_MATCH' },
            values: [{ value: { name: 'rouge', id: 'red' } }],
          },
        ],
      },
      slotValue: { type: 'Simple', value: 'les rouges', resolutions: heard.slots.scorer?.resolutions },
    });
  });

  it('resolves a name against the dynamic entities first', () => {
    const dynamicEntities = [
      { name: 'Scorer', values: [{ id: 'player-7', name: { value: 'Gwenaëlle', synonyms: ['Gwen'] } }] },
    ];
    const heard = resolveUtterance(model, 'Gwen a marqué', { dynamicEntities, skillId: 'skill-1' });
    expect(heard.slots.scorer?.resolutions?.resolutionsPerAuthority).toEqual([
      {
        authority: 'amzn1.er-authority.echo-sdk.dynamic.skill-1.Scorer',
        status: { code: 'ER_SUCCESS_MATCH' },
        values: [{ value: { name: 'Gwenaëlle', id: 'player-7' } }],
      },
      {
        authority: 'amzn1.er-authority.echo-sdk.skill-1.Scorer',
        status: { code: 'ER_SUCCESS_NO_MATCH' },
      },
    ]);
  });

  it('hears a multi-word name when it is a known entity', () => {
    const dynamicEntities = [{ name: 'Scorer', values: [{ id: 'p1', name: { value: 'Anne Claire' } }] }];
    expect(resolveUtterance(model, 'Anne Claire a marqué').intent).toBe('AMAZON.FallbackIntent');
    expect(slotSummary(resolveUtterance(model, 'Anne Claire a marqué', { dynamicEntities }))).toEqual({
      scorer: 'Anne Claire → p1',
    });
  });

  it('fills the elicited slot from a bare answer or an elicitation sample', () => {
    const elicitSlot = { intent: 'StartMatchIntent', slot: 'bluePlayerOne' };
    expect(slotSummary(resolveUtterance(model, 'Bob', { elicitSlot }))).toEqual({
      bluePlayerOne: 'Bob → Bob',
    });
    const answer = resolveUtterance(model, "c'est Zoé", { elicitSlot });
    expect(answer.intent).toBe('StartMatchIntent');
    expect(slotSummary(answer)).toEqual({ bluePlayerOne: 'Zoé → Zoé' });
  });

  it('still hears other intents while a slot is elicited', () => {
    const elicitSlot = { intent: 'StartMatchIntent', slot: 'bluePlayerOne' };
    expect(resolveUtterance(model, 'non', { elicitSlot }).intent).toBe('AMAZON.NoIntent');
    expect(resolveUtterance(model, 'quel est le score', { elicitSlot }).intent).toBe('ScoreIntent');
  });

  it('without elicitation, a bare name is not an intent', () => {
    expect(resolveUtterance(model, 'Bob').intent).toBe('AMAZON.FallbackIntent');
  });
});
