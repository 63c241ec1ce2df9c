// biome-ignore-all lint/suspicious/noTemplateCurlyInString: APL data-binding expressions, evaluated on the device
import { APL_VERSION, type AplComponent, type AplDocument } from './screen';
import { page, THEME_RESOURCES, titleLines } from './theme';

const cell = (text: string, extra: Record<string, unknown>): AplComponent => ({
  type: 'Text',
  text,
  fontSize: '@rowSize',
  color: '@text',
  maxLines: 1,
  ...extra,
});

/** The figures of a row, each in a fixed-width column so they line up under their header. */
const figures = (source: string, color: string): AplComponent => ({
  type: 'Container',
  direction: 'row',
  data: source,
  item: cell('${data}', { width: '@figureWidth', textAlign: 'right', color }),
});

/** One line of the list: position, name, figures. Highlighted rows get the accent colour. */
const row: AplComponent = {
  type: 'Frame',
  width: '100%',
  height: '@rowHeight',
  borderRadius: '@radius',
  // Named here: inside the figures, `data` is one figure, no longer the row.
  bind: [{ name: 'highlighted', value: '${data.highlight}' }],
  backgroundColor: '${highlighted ? @accent : (index % 2 == 0 ? @surface : @background)}',
  item: {
    type: 'Container',
    width: '100%',
    height: '100%',
    direction: 'row',
    alignItems: 'center',
    paddingLeft: '@gap',
    paddingRight: '@gap',
    items: [
      cell('${data.position}', {
        width: '@positionWidth',
        fontWeight: 'bold',
        color: '${highlighted ? @background : @text}',
      }),
      cell('${data.name}', { grow: 1, shrink: 1, color: '${highlighted ? @background : @text}' }),
      figures('${data.figures}', '${highlighted ? @background : @text}'),
    ],
  },
};

/**
 * A row that opens its player's stats on a tap, when the list says who each row is
 * (`rowTaps`, see ranked-list.ts); a row of any other list sends nothing.
 */
const tappableRow: AplComponent = {
  type: 'TouchWrapper',
  width: '100%',
  onPress: [
    {
      type: 'SendEvent',
      when: '${index < rowTaps.players.length}',
      arguments: ['player', '${rowTaps.players[index]}', '${rowTaps.period}'],
    },
  ],
  item: row,
};

/**
 * A ranked list (rankings, tournament standings, next matches): a title, a header line, then
 * one row per entry, scrolling when they do not fit. Data: `rankedList` (see RankedListData)
 * and `rowTaps` (who a tap on each row opens).
 */
export const rankedListDocument: AplDocument = {
  type: 'APL',
  version: APL_VERSION,
  theme: 'dark',
  description: 'Babyfoot: a ranked list of players or teams with their figures',
  resources: THEME_RESOURCES,
  mainTemplate: {
    parameters: ['rankedList', 'rowTaps'],
    items: [
      page([
        ...titleLines('rankedList'),
        {
          type: 'Container',
          width: '100%',
          direction: 'row',
          paddingTop: '@gap',
          paddingLeft: '@gap',
          paddingRight: '@gap',
          items: [
            cell('${rankedList.positionHeader}', { width: '@positionWidth', color: '@muted' }),
            cell('${rankedList.nameHeader}', { grow: 1, shrink: 1, color: '@muted' }),
            figures('${rankedList.columns}', '@muted'),
          ],
        },
        {
          type: 'Text',
          when: "${rankedList.emptyText != ''}",
          text: '${rankedList.emptyText}',
          fontSize: '@nameSize',
          color: '@muted',
          textAlign: 'center',
          paddingTop: '@gap',
        },
        {
          type: 'Sequence',
          grow: 1,
          shrink: 1,
          width: '100%',
          data: '${rankedList.rows}',
          item: tappableRow,
        },
      ]),
    ],
  },
};
