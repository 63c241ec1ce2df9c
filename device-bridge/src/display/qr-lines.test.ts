import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { boardUrlFromEnv, qrLines } from './qr-lines';

/** The lines as a phone's camera sees them on a dark terminal: █ light, space dark, ▀ ▄ half of each. */
function photograph(lines: string[]): { pixels: Uint8ClampedArray; width: number; height: number } {
  const scale = 4;
  const width = (lines[0]?.length ?? 0) * scale;
  const height = lines.length * 2 * scale;
  const pixels = new Uint8ClampedArray(width * height * 4).fill(255);
  lines.forEach((line, y) => {
    [...line].forEach((char, x) => {
      const halves = { '█': [true, true], ' ': [false, false], '▀': [true, false], '▄': [false, true] }[char];
      if (!halves) throw new Error(`unexpected character ${char}`);
      halves.forEach((light, half) => {
        if (light) return;
        for (let row = (y * 2 + half) * scale; row < (y * 2 + half + 1) * scale; row += 1)
          pixels.fill(0, (row * width + x * scale) * 4, (row * width + (x + 1) * scale) * 4 - 1);
      });
    });
  });
  for (let alpha = 3; alpha < pixels.length; alpha += 4) pixels[alpha] = 255;
  return { pixels, width, height };
}

describe('the scoreboard link as a QR code on the table', () => {
  it('draws lines a phone reads back to the link', () => {
    const link = 'https://board.example.test/b/0123456789abcdefghijklmnopqrstuvwxyzABCDEFG';

    const lines = qrLines(link);
    const { pixels, width, height } = photograph(lines);

    expect(jsQR(pixels, width, height)?.data).toBe(link);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
    // Under the 48-column scoreboard, within a 24-line terminal's worth of lines.
    expect(lines[0]?.length).toBeLessThanOrEqual(48);
    expect(lines.length).toBeLessThanOrEqual(24);
  });
});

describe('the board link the table shows', () => {
  it('comes from BABYFOOT_BOARD_URL when it is a web address, else there is none', () => {
    expect(boardUrlFromEnv({ BABYFOOT_BOARD_URL: 'https://board.example.test/b/abc' })).toBe(
      'https://board.example.test/b/abc',
    );
    expect(boardUrlFromEnv({})).toBeUndefined();
    expect(boardUrlFromEnv({ BABYFOOT_BOARD_URL: 'not a link' })).toBeUndefined();
    expect(boardUrlFromEnv({ BABYFOOT_BOARD_URL: 'file:///etc/passwd' })).toBeUndefined();
  });
});
