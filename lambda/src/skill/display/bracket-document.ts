// biome-ignore-all lint/suspicious/noTemplateCurlyInString: APL data-binding expressions, evaluated on the device
import { APL_VERSION, type AplComponent, type AplDocument } from './screen';
import { page, THEME_RESOURCES, titleLines } from './theme';

/** One side of a match: names and score on one line; the winner's in the accent colour. */
const line = (side: 'red' | 'blue'): AplComponent => ({
  type: 'Frame',
  width: '100%',
  bind: [{ name: 'won', value: `\${data.${side}.winner}` }],
  backgroundColor: '${won ? @accent : @surface}',
  item: {
    type: 'Container',
    direction: 'row',
    alignItems: 'center',
    paddingLeft: '@bracketPadding',
    paddingRight: '@bracketPadding',
    height: '@bracketLineHeight',
    items: [
      {
        type: 'Text',
        text: `\${data.${side}.names}`,
        grow: 1,
        shrink: 1,
        fontSize: '@bracketTextSize',
        fontWeight: '${won ? 700 : 400}',
        color: '${won ? @background : @text}',
        maxLines: 1,
      },
      {
        type: 'Text',
        text: `\${data.${side}.score}`,
        fontSize: '@bracketTextSize',
        fontWeight: 'bold',
        color: '${won ? @background : @text}',
        paddingLeft: '@bracketPadding',
        maxLines: 1,
      },
    ],
  },
});

/** A match: its two sides, red first; the one being played framed in the accent colour. */
const matchBox: AplComponent = {
  type: 'Frame',
  width: '100%',
  marginTop: '@bracketPadding',
  borderRadius: '@bracketRadius',
  borderWidth: '${data.live ? 3 : 0}',
  borderColor: '@accent',
  item: { type: 'Container', width: '100%', items: [line('red'), line('blue')] },
};

/** A round: its name, then its matches, scrolling down when they do not fit. */
const roundColumn: AplComponent = {
  type: 'Container',
  width: '@bracketColumnWidth',
  height: '100%',
  paddingRight: '@gap',
  items: [
    {
      type: 'Text',
      text: '${data.title}',
      fontSize: '@bracketTextSize',
      fontWeight: 'bold',
      color: '@text',
      maxLines: 1,
    },
    {
      type: 'Text',
      text: '${data.subtitle}',
      fontSize: '@bracketTextSize',
      color: '@muted',
      maxLines: 1,
    },
    { type: 'Sequence', grow: 1, shrink: 1, width: '100%', data: '${data.matches}', item: matchBox },
  ],
};

/**
 * A tournament bracket (knockout, double elimination, the knockout stage): a title, then the
 * rounds as columns left to right, scrolling sideways when they do not fit; each match its two
 * sides with their scores, the winner highlighted. Data: `bracket` (see BracketData).
 */
export const bracketDocument: AplDocument = {
  type: 'APL',
  version: APL_VERSION,
  theme: 'dark',
  description: 'Babyfoot: a tournament bracket, one column per round',
  resources: [
    ...THEME_RESOURCES,
    {
      description: 'Bracket: columns that fit three or four rounds side by side',
      dimensions: {
        bracketColumnWidth: '30vw',
        bracketTextSize: '26dp',
        bracketLineHeight: '44dp',
        bracketPadding: '8dp',
        bracketRadius: '8dp',
      },
    },
    {
      description: 'Round Echo Spot: one round and a half across',
      when: "${viewport.shape == 'round'}",
      dimensions: { bracketColumnWidth: '60vw', bracketTextSize: '20dp', bracketLineHeight: '32dp' },
    },
    {
      description: 'Echo Show 15, read from across the room',
      when: "${viewport.width >= 1920 && viewport.shape != 'round'}",
      dimensions: { bracketColumnWidth: '24vw', bracketTextSize: '40dp', bracketLineHeight: '64dp' },
    },
  ],
  mainTemplate: {
    parameters: ['bracket'],
    items: [
      page([
        ...titleLines('bracket'),
        {
          type: 'Sequence',
          scrollDirection: 'horizontal',
          grow: 1,
          shrink: 1,
          width: '100%',
          paddingTop: '@gap',
          data: '${bracket.rounds}',
          item: roundColumn,
        },
      ]),
    ],
  },
};
