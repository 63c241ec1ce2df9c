import { describe, expect, it } from 'vitest';
import { InteractionModelLoadError, parseInteractionModel } from './model';
import { resolveUtterance } from './resolver';

// A small model of its own, to try slot types the Babyfoot model does not use yet.
const pairing = parseInteractionModel(
  {
    interactionModel: {
      languageModel: {
        invocationName: 'mon baby foot',
        intents: [
          {
            name: 'PairTableIntent',
            slots: [{ name: 'code', type: 'AMAZON.FOUR_DIGIT_NUMBER' }],
            samples: ['le code est {code}'],
          },
          { name: 'AMAZON.FallbackIntent', samples: [] },
        ],
      },
    },
  },
  'fr-FR',
);

describe('resolveUtterance with other slot types', () => {
  it.each([['le code est 4712'], ['le code est 4 7 1 2'], ['le code est quatre sept un deux']])(
    'reads a four-digit code: "%s"',
    (text) => {
      const heard = resolveUtterance(pairing, text);
      expect(heard.intent).toBe('PairTableIntent');
      expect(heard.slots.code?.value).toBe('4712');
      expect(heard.slots.code).not.toHaveProperty('resolutions');
    },
  );

  it('falls back when the code has the wrong length', () => {
    expect(resolveUtterance(pairing, 'le code est 471').intent).toBe('AMAZON.FallbackIntent');
  });
});

describe('parseInteractionModel', () => {
  it('refuses a document that is not an interaction model', () => {
    expect(() => parseInteractionModel({ languageModel: {} }, 'fr-FR')).toThrow(InteractionModelLoadError);
  });
});
