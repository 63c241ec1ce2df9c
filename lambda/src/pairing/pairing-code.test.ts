import { describe, expect, it } from 'vitest';
import { drawPairingCode, PAIRING_CODE_LIFETIME_MS, pairingExpiry, parsePairingCode } from './pairing-code';

describe('pairing codes', () => {
  it('draws four digits, keeping leading zeros', () => {
    expect(drawPairingCode(() => 472)).toBe('0472');
    expect(drawPairingCode(() => 9999)).toBe('9999');
    expect(drawPairingCode()).toMatch(/^\d{4}$/);
  });

  it('reads four digits however Alexa wrote them, and nothing else', () => {
    expect(parsePairingCode('4712')).toBe('4712');
    expect(parsePairingCode('4 7 1 2')).toBe('4712');
    expect(parsePairingCode('0047')).toBe('0047');
    expect(parsePairingCode('471')).toBeUndefined();
    expect(parsePairingCode('47123')).toBeUndefined();
    expect(parsePairingCode('four')).toBeUndefined();
  });

  it('expires about ten minutes later, on a whole second for both the TTL and the table', () => {
    // Prepare
    const now = 1_700_000_000_123;

    // Act
    const expiry = pairingExpiry(now);

    // Assess
    expect(expiry.ms).toBe(expiry.seconds * 1000);
    expect(expiry.ms - now).toBeGreaterThanOrEqual(PAIRING_CODE_LIFETIME_MS);
    expect(expiry.ms - now).toBeLessThan(PAIRING_CODE_LIFETIME_MS + 1000);
  });
});
