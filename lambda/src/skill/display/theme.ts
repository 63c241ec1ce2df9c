// biome-ignore-all lint/suspicious/noTemplateCurlyInString: APL data-binding expressions, evaluated on the device
import type { AplComponent, AplResourceBlock } from './screen';

/*
 * Shared look of every screen, made to be read from across the room: white on near-black,
 * team colours that keep a contrast above 4.5:1 with white text, and type sizes that grow
 * with the screen (dp, so a denser screen gets the same physical size).
 * Later blocks override earlier ones when their `when` holds.
 */
export const THEME_RESOURCES: AplResourceBlock[] = [
  {
    description: 'Colours',
    colors: {
      background: '#0B0D12',
      surface: '#1C212B',
      text: '#FFFFFF',
      muted: '#C8CDD6',
      accent: '#FFD54F',
      red: '#C62828',
      blue: '#1565C0',
    },
  },
  {
    description: 'Medium landscape screens: Echo Show 5 and 8, Fire TV',
    dimensions: {
      pagePadding: '32dp',
      gap: '24dp',
      radius: '24dp',
      winnerBorder: '10dp',
      headlineSize: '36dp',
      labelSize: '32dp',
      nameSize: '40dp',
      scoreSize: '180dp',
      footerSize: '40dp',
      rowSize: '40dp',
      rowHeight: '72dp',
      positionWidth: '80dp',
      figureWidth: '160dp',
      figureValueSize: '72dp',
      buttonHeight: '72dp',
      buttonTextSize: '32dp',
    },
  },
  {
    description: 'Round Echo Spot: everything smaller, away from the rounded edge',
    when: "${viewport.shape == 'round'}",
    dimensions: {
      pagePadding: '56dp',
      gap: '12dp',
      radius: '16dp',
      winnerBorder: '6dp',
      headlineSize: '22dp',
      labelSize: '22dp',
      nameSize: '24dp',
      scoreSize: '110dp',
      footerSize: '24dp',
      rowSize: '26dp',
      rowHeight: '48dp',
      positionWidth: '44dp',
      figureWidth: '84dp',
      figureValueSize: '44dp',
      buttonHeight: '48dp',
      buttonTextSize: '22dp',
    },
  },
  {
    description: 'Portrait screens: the teams are stacked, so the score can be taller',
    when: '${viewport.height > viewport.width}',
    dimensions: { scoreSize: '300dp', nameSize: '56dp', headlineSize: '44dp', footerSize: '52dp' },
  },
  {
    description: 'Large landscape screens: Echo Show 10',
    when: "${viewport.width >= 1280 && viewport.shape != 'round'}",
    dimensions: {
      pagePadding: '48dp',
      gap: '32dp',
      headlineSize: '44dp',
      labelSize: '40dp',
      nameSize: '52dp',
      scoreSize: '280dp',
      footerSize: '52dp',
      rowSize: '52dp',
      rowHeight: '92dp',
      positionWidth: '100dp',
      figureWidth: '220dp',
      figureValueSize: '96dp',
      buttonHeight: '88dp',
      buttonTextSize: '40dp',
    },
  },
  {
    description: 'Extra large landscape screens: Echo Show 15, seen from the other end of the room',
    when: "${viewport.width >= 1920 && viewport.shape != 'round'}",
    dimensions: {
      pagePadding: '64dp',
      gap: '48dp',
      radius: '32dp',
      winnerBorder: '14dp',
      headlineSize: '60dp',
      labelSize: '52dp',
      nameSize: '72dp',
      scoreSize: '400dp',
      footerSize: '72dp',
      rowSize: '64dp',
      rowHeight: '112dp',
      positionWidth: '130dp',
      figureWidth: '300dp',
      figureValueSize: '128dp',
      buttonHeight: '112dp',
      buttonTextSize: '52dp',
    },
  },
];

/** Root of every screen: the background and the page padding, the content laid out in a column. */
export function page(items: AplComponent[]): AplComponent {
  return {
    type: 'Frame',
    width: '100vw',
    height: '100vh',
    backgroundColor: '@background',
    item: {
      type: 'Container',
      width: '100%',
      height: '100%',
      direction: 'column',
      paddingLeft: '@pagePadding',
      paddingRight: '@pagePadding',
      paddingTop: '@pagePadding',
      paddingBottom: '@pagePadding',
      bind: [{ name: 'landscape', value: '${viewport.width >= viewport.height}' }],
      items,
    },
  };
}

/** The title of a screen and, when not empty, its subtitle: `<source>.title` and `<source>.subtitle`. */
export function titleLines(source: string): AplComponent[] {
  return [
    {
      type: 'Text',
      text: `\${${source}.title}`,
      fontSize: '@headlineSize',
      fontWeight: 'bold',
      color: '@text',
      textAlign: 'center',
      maxLines: 1,
    },
    {
      type: 'Text',
      when: `\${${source}.subtitle != ''}`,
      text: `\${${source}.subtitle}`,
      fontSize: '@labelSize',
      color: '@muted',
      textAlign: 'center',
      maxLines: 1,
    },
  ];
}
