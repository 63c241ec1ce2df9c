import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../i18n/translator';
import { aplDocumentProblems } from './document-check';
import {
  MAX_CARD_ROWS,
  MAX_SCREEN_ROWS,
  type RankedList,
  rankedListCard,
  rankedListScreen,
} from './ranked-list';

const en = createTranslator('en-US');
const fr = createTranslator('fr-FR');

/** Example: the rankings a later screen would show. */
const rankings: RankedList = {
  title: 'Rankings',
  subtitle: 'Singles, this season',
  nameHeader: 'Player',
  columns: ['Rating', 'Won'],
  entries: [
    { position: 1, name: 'Alice', figures: [1520, 12] },
    { position: 2, name: 'Bob <3', figures: [1480, 9], highlight: true },
    { position: 3, name: 'Carol', figures: [1350, 4] },
  ],
  token: 'babyfoot.rankings',
};

describe('the ranked-list screen', () => {
  it('shows a header line and one row per entry, escaped for APL', () => {
    const screen = rankedListScreen(en, rankings);

    expect(screen.token).toBe('babyfoot.rankings');
    expect(screen.datasources).toEqual({
      rankedList: {
        title: 'Rankings',
        subtitle: 'Singles, this season',
        positionHeader: '#',
        nameHeader: 'Player',
        columns: ['Rating', 'Won'],
        emptyText: '',
        rows: [
          { position: 1, name: 'Alice', figures: ['1520', '12'], highlight: false },
          { position: 2, name: 'Bob &lt;3', figures: ['1480', '9'], highlight: true },
          { position: 3, name: 'Carol', figures: ['1350', '4'], highlight: false },
        ],
      },
      rowTaps: { players: [], period: '' },
    });
    expect(aplDocumentProblems(screen)).toEqual([]);
  });

  it('says when there is nothing to rank yet, in the Echo language', () => {
    const screen = rankedListScreen(fr, { ...rankings, entries: [] });

    expect(screen.datasources).toMatchObject({
      rankedList: { emptyText: 'Rien à afficher pour le moment.', rows: [] },
    });
    expect(aplDocumentProblems(screen)).toEqual([]);
  });

  it(`keeps the first ${MAX_SCREEN_ROWS} rows on screen and ${MAX_CARD_ROWS} on the card`, () => {
    const entries = Array.from({ length: 30 }, (_, index) => ({
      position: index + 1,
      name: `Player ${index + 1}`,
      figures: [1000 - index],
    }));

    const screen = rankedListScreen(en, { ...rankings, entries });
    const card = rankedListCard(en, { ...rankings, entries });

    expect(screen.datasources).toMatchObject({ rankedList: { rows: expect.any(Array) } });
    expect(JSON.stringify(screen.datasources)).toContain('Player 20');
    expect(JSON.stringify(screen.datasources)).not.toContain('Player 21');
    expect(card.text.split('\n')).toHaveLength(1 + MAX_CARD_ROWS);
  });
});

describe('the ranked-list card', () => {
  it('names each figure on one line per entry, names as typed', () => {
    const card = rankedListCard(en, rankings);

    expect(card).toEqual({
      title: 'Rankings',
      text: [
        'Singles, this season',
        '1. Alice: Rating 1520 · Won 12',
        '2. Bob <3: Rating 1480 · Won 9',
        '3. Carol: Rating 1350 · Won 4',
      ].join('\n'),
    });
  });

  it('lists bare names when there are no figures, and says when the list is empty', () => {
    const names = rankedListCard(fr, {
      title: 'Prochain match',
      nameHeader: 'Équipe',
      columns: [],
      entries: [
        { position: 1, name: 'Alice & Bob', figures: [] },
        { position: 2, name: 'Carole & David', figures: [] },
      ],
    });
    const empty = rankedListCard(fr, { title: 'Classement', nameHeader: 'Joueur', columns: [], entries: [] });

    expect(names.text).toBe('1. Alice & Bob\n2. Carole & David');
    expect(empty.text).toBe('Rien à afficher pour le moment.');
  });
});
