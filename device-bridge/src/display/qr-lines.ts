import { create } from 'qrcode/lib/core/qrcode.js';

/** Light margin around the code, in modules: phones need some; two rows and columns read well on a terminal. */
const MARGIN = 2;

/**
 * A link as a QR code in terminal lines, two rows of modules per line (half blocks), dark
 * modules as spaces on a light background so the code reads the right way round on a dark
 * terminal: scan it with a phone to open the link.
 */
export function qrLines(text: string): string[] {
  const { modules } = create(text, { errorCorrectionLevel: 'L' });
  const size = modules.size;
  const dark = (row: number, column: number) =>
    row >= 0 && column >= 0 && row < size && column < size && modules.get(row, column) === 1;
  const lines: string[] = [];
  for (let row = -MARGIN; row < size + MARGIN; row += 2) {
    let line = '';
    for (let column = -MARGIN; column < size + MARGIN; column += 1) {
      const top = dark(row, column);
      const bottom = dark(row + 1, column);
      // Light is drawn, dark is left blank: ▀ lights the top half, ▄ the bottom one.
      line += top && bottom ? ' ' : top ? '▄' : bottom ? '▀' : '█';
    }
    lines.push(line);
  }
  return lines;
}

/**
 * The web scoreboard's link the table shows as a QR code while it waits for a match:
 * `BABYFOOT_BOARD_URL`, a link asked of Alexa ("send me the scoreboard link"); none when unset
 * or not an http(s) address.
 */
export function boardUrlFromEnv(env: NodeJS.ProcessEnv): string | undefined {
  const value = env.BABYFOOT_BOARD_URL?.trim();
  if (!value || !URL.canParse(value)) return undefined;
  const { protocol } = new URL(value);
  return protocol === 'https:' || protocol === 'http:' ? value : undefined;
}

/** The link's block under the scoreboard: a caption, then the code. */
export function boardQrBlock(url: string): string[] {
  return ['Scan to open the live scoreboard:', ...qrLines(url)];
}
