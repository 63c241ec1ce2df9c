import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from './csv';

describe('csvField', () => {
  it('leaves plain text, numbers and booleans as they are', () => {
    expect(csvField('Alice')).toBe('Alice');
    expect(csvField(10)).toBe('10');
    expect(csvField(false)).toBe('false');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvField('Zoé, Jr')).toBe('"Zoé, Jr"');
    expect(csvField('Zoé "La Fusée"')).toBe('"Zoé ""La Fusée"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('keeps a spreadsheet from running a name that starts like a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField('+33')).toBe("'+33");
    expect(csvField('@Bob')).toBe("'@Bob");
    expect(csvField('-1')).toBe("'-1");
  });
});

describe('csvLine', () => {
  it('joins fields with commas and ends the record with CRLF', () => {
    expect(csvLine(['a', 'b,c', 3, undefined])).toBe('a,"b,c",3,\r\n');
  });
});
