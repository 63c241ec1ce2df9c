// biome-ignore-all lint/suspicious/noTemplateCurlyInString: APL data-binding expressions, evaluated on the device
import { APL_VERSION, type AplComponent, type AplDocument } from './screen';
import { page, THEME_RESOURCES, titleLines } from './theme';

/** One figure: its value in large type, its label under it. Three to a row on large screens. */
const tile: AplComponent = {
  type: 'Frame',
  width: "${viewport.shape == 'round' ? '100%' : (viewport.width >= 1280 ? '32%' : '48%')}",
  marginTop: '@gap',
  marginRight: "${viewport.shape == 'round' ? 0 : '1%'}",
  borderRadius: '@radius',
  backgroundColor: '@surface',
  item: {
    type: 'Container',
    width: '100%',
    alignItems: 'center',
    paddingTop: '@gap',
    paddingBottom: '@gap',
    items: [
      {
        type: 'Text',
        text: '${data.value}',
        fontSize: '@figureValueSize',
        fontWeight: 'bold',
        color: '@accent',
        textAlign: 'center',
        maxLines: 1,
      },
      {
        type: 'Text',
        text: '${data.label}',
        fontSize: '@labelSize',
        color: '@text',
        textAlign: 'center',
        maxLines: 2,
      },
    ],
  },
};

/**
 * Key figures (a player's stats, a tournament's summary): a title, then label/value tiles,
 * scrolling when they do not fit. Data: `keyFigures` (see KeyFiguresData).
 */
export const keyFiguresDocument: AplDocument = {
  type: 'APL',
  version: APL_VERSION,
  theme: 'dark',
  description: 'Babyfoot: key figures, each a large value with its label',
  resources: THEME_RESOURCES,
  mainTemplate: {
    parameters: ['keyFigures'],
    items: [
      page([
        ...titleLines('keyFigures'),
        {
          type: 'ScrollView',
          grow: 1,
          shrink: 1,
          width: '100%',
          item: {
            type: 'Container',
            width: '100%',
            direction: 'row',
            wrap: 'wrap',
            justifyContent: 'center',
            data: '${keyFigures.figures}',
            item: tile,
          },
        },
      ]),
    ],
  },
};
