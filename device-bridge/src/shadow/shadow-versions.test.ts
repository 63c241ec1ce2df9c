import { describe, expect, it } from 'vitest';
import { ShadowVersions } from './shadow-versions';

describe('ShadowVersions', () => {
  it('applies the delta that follows the known version', () => {
    const versions = new ShadowVersions();
    versions.fullDocument(4);

    expect(versions.delta(5)).toBe('apply');
    expect(versions.delta(6)).toBe('apply');
  });

  it('ignores a delta older than what is known (out of order delivery)', () => {
    const versions = new ShadowVersions();
    versions.fullDocument(7);

    expect(versions.delta(7)).toBe('stale');
    expect(versions.delta(5)).toBe('stale');
  });

  it('sees a gap when a version went missing', () => {
    const versions = new ShadowVersions();
    versions.fullDocument(4);

    expect(versions.delta(7)).toBe('gap');
    expect(versions.delta(8)).toBe('apply');
  });

  it('does not mistake the table own reports for missed deltas', () => {
    // Prepare
    const versions = new ShadowVersions();
    versions.fullDocument(4);

    // Act
    versions.ownReportAccepted(5);
    versions.ownReportAccepted(6);

    // Assess
    expect(versions.delta(7)).toBe('apply');
  });

  it('asks for the document when a delta comes before any document', () => {
    expect(new ShadowVersions().delta(1)).toBe('gap');
  });

  it('refuses a document older than a delta already applied', () => {
    const versions = new ShadowVersions();
    versions.fullDocument(4);
    versions.delta(5);

    expect(versions.fullDocument(3)).toBe(false);
    expect(versions.fullDocument(5)).toBe(true);
  });
});
