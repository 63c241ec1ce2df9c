import jsQR from 'jsqr';
import { z } from 'zod';

const PIXELS_PER_MODULE = 4;

/**
 * Reads a QR code back as a phone would: the modules drawn as `M x y h w v1 h-w z` runs (the
 * path the skill draws, in units of one module) are painted black on white, and jsQR decodes
 * the picture. Undefined when no code can be read from it.
 */
export function readQrPath(pathData: string, units: number): string | undefined {
  const side = units * PIXELS_PER_MODULE;
  const pixels = new Uint8ClampedArray(side * side * 4).fill(255);
  const run = z.tuple([z.coerce.number().int(), z.coerce.number().int(), z.coerce.number().int()]);
  for (const [, ...numbers] of pathData.matchAll(/M(\d+) (\d+)h(\d+)v1h-\d+z/g)) {
    const [left, top, width] = run.parse(numbers);
    for (let row = top * PIXELS_PER_MODULE; row < (top + 1) * PIXELS_PER_MODULE; row += 1)
      for (let column = left * PIXELS_PER_MODULE; column < (left + width) * PIXELS_PER_MODULE; column += 1)
        pixels.fill(0, (row * side + column) * 4, (row * side + column) * 4 + 3);
  }
  return jsQR(pixels, side, side)?.data;
}
