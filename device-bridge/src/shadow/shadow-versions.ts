/** What to do with a delta, given the versions seen so far. */
export type DeltaVerdict = 'apply' | 'stale' | 'gap';

/**
 * Tracks the shadow version the table's desired state is at. Every accepted update bumps
 * the version, the table's own reports included: those are remembered so that they do not
 * look like missed deltas. A gap means a delta was lost (e.g. while offline): re-get.
 */
export class ShadowVersions {
  private known: number | undefined;
  private readonly ownReports = new Set<number>();

  /** A full document (get/accepted) at `version`; false when older than what is known. */
  fullDocument(version: number): boolean {
    if (this.known !== undefined && version < this.known) return false;
    this.advanceTo(version);
    return true;
  }

  /** The version the table's desired state is at; undefined before the first document. */
  current(): number | undefined {
    return this.known;
  }

  /** The shadow accepted one of the table's own reports at `version`. */
  ownReportAccepted(version: number): void {
    if (this.known === undefined || version > this.known) this.ownReports.add(version);
  }

  /** Classifies a delta at `version`, and moves to it unless it is stale. */
  delta(version: number): DeltaVerdict {
    if (this.known === undefined) return 'gap';
    if (version <= this.known) return 'stale';
    let expected = this.known + 1;
    while (this.ownReports.has(expected)) expected += 1;
    const verdict = version === expected ? 'apply' : 'gap';
    this.advanceTo(version);
    return verdict;
  }

  private advanceTo(version: number): void {
    this.known = version;
    for (const own of this.ownReports) if (own <= version) this.ownReports.delete(own);
  }
}
