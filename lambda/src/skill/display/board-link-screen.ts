// biome-ignore-all lint/suspicious/noTemplateCurlyInString: APL data-binding expressions, evaluated on the device
import type { Translate } from '../../i18n/translator';
import { aplText } from './apl-text';
import { QUIET_ZONE, qrModules, qrPathData } from './qr-code';
import { APL_VERSION, type AplDocument, type Screen } from './screen';
import { page, THEME_RESOURCES, titleLines } from './theme';

export const BOARD_LINK_TOKEN = 'babyfoot.boardLink';

/** The data the board-link screen is drawn from (its `boardLink` data source). */
export interface BoardLinkData {
  title: string;
  subtitle: string;
  /** The dark modules (see qr-code.ts), in a viewport of `qrUnits` × `qrUnits`. */
  qrPath: string;
  qrUnits: number;
  /** What a screen reader says for the code. */
  qrLabel: string;
}

/** The viewport of the graphic; the path is scaled into it (an AVG's viewport is not data-bound). */
const VIEWPORT = 100;

/**
 * Black modules on white whatever the theme (a phone's camera reads dark on light), the
 * quiet zone inside the graphic, scaled to the viewport by a group.
 */
const boardLinkDocument: AplDocument = {
  type: 'APL',
  version: APL_VERSION,
  theme: 'dark',
  description: 'Babyfoot: the web scoreboard link as a QR code to scan with a phone',
  resources: [
    ...THEME_RESOURCES,
    { description: 'The code: as big as the screen allows', dimensions: { qrSize: '60vh' } },
  ],
  graphics: {
    qrCode: {
      type: 'AVG',
      version: '1.2',
      width: VIEWPORT,
      height: VIEWPORT,
      viewportWidth: VIEWPORT,
      viewportHeight: VIEWPORT,
      parameters: [
        { name: 'pathData', type: 'string', default: '' },
        { name: 'units', type: 'number', default: VIEWPORT },
      ],
      items: [
        { type: 'path', pathData: `M0 0h${VIEWPORT}v${VIEWPORT}h-${VIEWPORT}z`, fill: '#FFFFFF' },
        {
          type: 'group',
          scaleX: `\${${VIEWPORT} / units}`,
          scaleY: `\${${VIEWPORT} / units}`,
          items: [{ type: 'path', pathData: '${pathData}', fill: '#000000' }],
        },
      ],
    },
  },
  mainTemplate: {
    parameters: ['boardLink'],
    items: [
      page([
        ...titleLines('boardLink'),
        {
          type: 'Container',
          grow: 1,
          width: '100%',
          alignItems: 'center',
          justifyContent: 'center',
          items: [
            {
              type: 'VectorGraphic',
              source: 'qrCode',
              width: '@qrSize',
              height: '@qrSize',
              scale: 'best-fit',
              accessibilityLabel: '${boardLink.qrLabel}',
              pathData: '${boardLink.qrPath}',
              units: '${boardLink.qrUnits}',
            },
          ],
        },
      ]),
    ],
  },
};

/** What the board-link screen shows: the link as a QR code, and until when it works. */
export function boardLinkData(t: Translate, url: string, until: string): BoardLinkData {
  const code = qrModules(url);
  return {
    title: aplText(t('scoreboard.link.screenTitle')),
    subtitle: aplText(t('scoreboard.link.screenUntil', { until })),
    qrPath: qrPathData(code),
    qrUnits: code.size + 2 * QUIET_ZONE,
    qrLabel: t('scoreboard.link.qrLabel'),
  };
}

/** The web scoreboard's link on the Echo's screen, as a QR code a phone opens by scanning it. */
export function boardLinkScreen(t: Translate, url: string, until: string): Screen {
  return {
    token: BOARD_LINK_TOKEN,
    document: boardLinkDocument,
    datasources: { boardLink: boardLinkData(t, url, until) },
  };
}
