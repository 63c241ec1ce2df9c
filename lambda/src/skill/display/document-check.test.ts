// biome-ignore-all lint/suspicious/noTemplateCurlyInString: APL data-binding expressions, evaluated on the device
import { describe, expect, it } from 'vitest';
import { aplDocumentProblems } from './document-check';
import type { AplComponent, Screen } from './screen';

function screenOf(
  items: AplComponent[],
  datasources: Record<string, object> = { board: { title: 'Hi' } },
): Screen {
  return {
    token: 'test',
    document: {
      type: 'APL',
      version: '2023.3',
      theme: 'dark',
      description: 'a test document',
      resources: [{ colors: { text: '#FFFFFF' }, dimensions: { big: '80dp' } }],
      mainTemplate: { parameters: ['board'], items },
    },
    datasources,
  };
}

describe('checking an APL document against its data', () => {
  it('accepts bindings that resolve, resources that exist and data-bound items', () => {
    const screen = screenOf(
      [
        {
          type: 'Container',
          bind: [{ name: 'wide', value: '${viewport.width > 960}' }],
          items: [
            { type: 'Text', text: "${board.title} ${wide ? 'wide' : ''}", color: '@text', fontSize: '@big' },
            {
              type: 'Container',
              data: '${board.rows}',
              item: { type: 'Text', text: '${data.name} ${index}' },
            },
          ],
        },
      ],
      { board: { title: 'Hi', rows: [{ name: 'Alice' }, { name: 'Bob' }] } },
    );

    expect(aplDocumentProblems(screen)).toEqual([]);
  });

  it('finds a path the data does not hold', () => {
    expect(aplDocumentProblems(screenOf([{ type: 'Text', text: '${board.subtitle}' }]))).toEqual([
      '${board.subtitle} is not in the data',
    ]);
  });

  it('finds an item field missing from some data items, and `data` used outside a data-bound component', () => {
    const screen = screenOf(
      [
        { type: 'Text', text: '${data.name}' },
        { type: 'Container', data: '${board.rows}', item: { type: 'Text', text: '${data.score}' } },
      ],
      { board: { rows: [{ score: 1 }, { name: 'Bob' }] } },
    );

    expect(aplDocumentProblems(screen)).toEqual([
      '${data.name} is used outside a data-bound component',
      '${data.score} is missing from some data items',
    ]);
  });

  it('finds undefined resources and names, and names in quotes are not names', () => {
    const screen = screenOf([{ type: 'Text', text: "${score + 1} ${'board.nowhere'}", color: '@accent' }]);

    expect(aplDocumentProblems(screen)).toEqual([
      '${score}: score is not defined',
      'resource @accent is not defined',
    ]);
  });

  it('finds a document that is not APL or has no data for its parameter', () => {
    const screen = screenOf([{ type: 'Text', text: 'Hi' }], {});
    const notApl = { ...screen, document: { ...screen.document, type: 'APLA', version: 'latest' } };

    // @ts-expect-error: an APLA document, as a wrong call would send
    const problems = aplDocumentProblems(notApl);

    expect(problems).toEqual([
      'type is APLA, not APL',
      'version latest is not an APL version',
      'parameter board has no data source',
    ]);
  });
});
