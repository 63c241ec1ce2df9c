import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translator';
import { aplDocumentProblems } from './document-check';
import { type KeyFigures, keyFiguresCard, keyFiguresScreen, MAX_FIGURES } from './key-figures';

const en = createTranslator('en-US');
const fr = createTranslator('fr-FR');

/** Example: a player's stats as a later screen would show them. */
const aliceStats: KeyFigures = {
  title: 'Alice',
  subtitle: 'All matches',
  figures: [
    { label: 'Matches played', value: 42 },
    { label: 'Won', value: '64 %' },
    { label: 'Best partner', value: 'Bob & Co' },
  ],
  token: 'babyfoot.playerStats',
};

describe('the key-figures screen', () => {
  it('shows each figure with its label, escaped for APL', () => {
    const screen = keyFiguresScreen(en, aliceStats);

    expect(screen.token).toBe('babyfoot.playerStats');
    expect(screen.datasources).toEqual({
      keyFigures: {
        title: 'Alice',
        subtitle: 'All matches',
        figures: [
          { label: 'Matches played', value: '42' },
          { label: 'Won', value: '64 %' },
          { label: 'Best partner', value: 'Bob &amp; Co' },
        ],
      },
    });
    expect(aplDocumentProblems(screen)).toEqual([]);
  });

  it(`keeps ${MAX_FIGURES} figures at most, and says when there is none`, () => {
    const many = Array.from({ length: 20 }, (_, index) => ({ label: `Figure ${index}`, value: index }));

    const crowded = keyFiguresScreen(en, { title: 'Alice', figures: many });
    const empty = keyFiguresScreen(fr, { title: 'Alice', figures: [] });

    expect(crowded.datasources).toMatchObject({
      keyFigures: { figures: many.slice(0, MAX_FIGURES).map(() => ({})) },
    });
    expect(JSON.stringify(crowded.datasources)).not.toContain(`Figure ${MAX_FIGURES}"`);
    expect(empty.datasources).toMatchObject({ keyFigures: { subtitle: 'Rien à afficher pour le moment.' } });
    expect(aplDocumentProblems(empty)).toEqual([]);
  });
});

describe('the key-figures card', () => {
  it('puts one figure per line, in the Echo language', () => {
    expect(keyFiguresCard(en, aliceStats)).toEqual({
      title: 'Alice',
      text: 'All matches\nMatches played: 42\nWon: 64 %\nBest partner: Bob & Co',
    });
    expect(keyFiguresCard(fr, { title: 'Alice', figures: [{ label: 'Matchs joués', value: 42 }] }).text).toBe(
      'Matchs joués : 42',
    );
  });
});
