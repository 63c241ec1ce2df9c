import { create } from 'qrcode/lib/core/qrcode.js';

/** A QR code's modules: `size` × `size`, dark or light, without the quiet zone around them. */
export interface QrModules {
  size: number;
  isDark(row: number, column: number): boolean;
}

/**
 * The QR code of a link, at error correction level M (a wall screen photographed from a few
 * steps away, a smudge on the code: 15 % of it can be lost).
 */
export function qrModules(text: string): QrModules {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, isDark: (row, column) => modules.get(row, column) === 1 };
}

/** The quiet zone the QR standard asks for around the code, in modules. */
export const QUIET_ZONE = 4;

/**
 * The dark modules as one SVG / AVG path, in a square viewport of `size + 2 × QUIET_ZONE`
 * units (one unit a module): a rectangle for each horizontal run, so that a version 5 code
 * is a few hundred commands, not a thousand squares.
 */
export function qrPathData(code: QrModules): string {
  const runs: string[] = [];
  for (let row = 0; row < code.size; row += 1) {
    let column = 0;
    while (column < code.size) {
      if (!code.isDark(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < code.size && code.isDark(row, column)) column += 1;
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${column - start}v1h-${column - start}z`);
    }
  }
  return runs.join('');
}
