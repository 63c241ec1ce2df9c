// Five rows per glyph, three columns each: readable from across the table.
const GLYPHS: Record<string, string[]> = {
  '0': ['███', '█ █', '█ █', '█ █', '███'],
  '1': ['  █', '  █', '  █', '  █', '  █'],
  '2': ['███', '  █', '███', '█  ', '███'],
  '3': ['███', '  █', '███', '  █', '███'],
  '4': ['█ █', '█ █', '███', '  █', '  █'],
  '5': ['███', '█  ', '███', '  █', '███'],
  '6': ['███', '█  ', '███', '█ █', '███'],
  '7': ['███', '  █', '  █', '  █', '  █'],
  '8': ['███', '█ █', '███', '█ █', '███'],
  '9': ['███', '█ █', '███', '  █', '███'],
  '-': ['   ', '   ', '███', '   ', '   '],
  ' ': ['   ', '   ', '   ', '   ', '   '],
};

export const BIG_TEXT_HEIGHT = 5;

/** `text` (digits, spaces and dashes) drawn five rows tall. */
export function bigText(text: string): string[] {
  const rows: string[] = [];
  for (let row = 0; row < BIG_TEXT_HEIGHT; row += 1) {
    rows.push([...text].map((char) => GLYPHS[char]?.[row] ?? '   ').join(' '));
  }
  return rows;
}
