import { describe, expect, it } from 'vitest';
import { deleteShadow, getShadow, type StoredShadow, updateShadow } from './shadow-engine';

const T1 = 1_700_000_000;
const T2 = T1 + 60;
const encode = (document: unknown) => new TextEncoder().encode(JSON.stringify(document));
const empty = new Uint8Array();

/** Applies updates one after the other, failing the test on any rejection. */
function shadowAfter(...updates: Array<[document: unknown, now: number]>): StoredShadow {
  let shadow: StoredShadow | undefined;
  for (const [document, now] of updates) {
    const outcome = updateShadow(shadow, encode(document), now);
    if (!outcome.ok) throw new Error(`rejected: ${outcome.rejection.message}`);
    shadow = outcome.shadow;
  }
  if (!shadow) throw new Error('no update given');
  return shadow;
}

function getDocument(shadow: StoredShadow | undefined, now = T2) {
  const outcome = getShadow('table-1', shadow, empty, now);
  if (!outcome.ok) throw new Error(`rejected: ${outcome.rejection.message}`);
  return outcome.accepted;
}

describe('updateShadow merges the request into the document', () => {
  it('creates the shadow at version 1 and echoes the request with leaf metadata', () => {
    // Prepare
    const request = { state: { desired: { color: 'RED', lights: { on: true } } }, clientToken: 'tok-1' };

    // Act
    const outcome = updateShadow(undefined, encode(request), T1);

    // Assess
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.accepted).toEqual({
      state: { desired: { color: 'RED', lights: { on: true } } },
      metadata: { desired: { color: { timestamp: T1 }, lights: { on: { timestamp: T1 } } } },
      version: 1,
      timestamp: T1,
      clientToken: 'tok-1',
    });
  });

  it('keeps fields the update does not name and merges nested objects', () => {
    // Prepare
    const first = {
      state: { reported: { color: 'GREEN', engine: 'ON', lights: { color: 'RED', level: 3 } } },
    };
    const second = { state: { reported: { lights: { level: 5 } } } };

    // Act
    const shadow = shadowAfter([first, T1], [second, T2]);

    // Assess
    const document = getDocument(shadow);
    expect(document.state).toEqual({
      reported: { color: 'GREEN', engine: 'ON', lights: { color: 'RED', level: 5 } },
    });
    expect(document.metadata).toEqual({
      reported: {
        color: { timestamp: T1 },
        engine: { timestamp: T1 },
        lights: { color: { timestamp: T1 }, level: { timestamp: T2 } },
      },
    });
    expect(document.version).toBe(2);
  });

  it('deletes a key set to null, and a whole section set to null', () => {
    // Prepare
    const first = { state: { desired: { color: 'RED', engine: 'ON' }, reported: { color: 'GREEN' } } };

    // Act
    const withoutEngine = shadowAfter([first, T1], [{ state: { desired: { engine: null } } }, T2]);
    const withoutDesired = shadowAfter([first, T1], [{ state: { desired: null } }, T2]);

    // Assess
    expect(getDocument(withoutEngine).state).toEqual({
      desired: { color: 'RED' },
      reported: { color: 'GREEN' },
      delta: { color: 'RED' },
    });
    expect(getDocument(withoutDesired).state).toEqual({ reported: { color: 'GREEN' } });
  });

  it('replaces arrays as a whole instead of merging them', () => {
    // Prepare
    const first = { state: { desired: { colors: ['RED', 'GREEN', 'BLUE'] } } };
    const second = { state: { desired: { colors: ['YELLOW'] } } };

    // Act
    const shadow = shadowAfter([first, T1], [second, T2]);

    // Assess
    const document = getDocument(shadow);
    expect(document.state).toEqual({ desired: { colors: ['YELLOW'] }, delta: { colors: ['YELLOW'] } });
    expect(document.metadata).toEqual({ desired: { colors: [{ timestamp: T2 }] } });
  });

  it('increments the version on every accepted update', () => {
    // Prepare
    const report = { state: { reported: { color: 'GREEN' } } };

    // Act
    const shadow = shadowAfter([report, T1], [report, T1], [report, T2]);

    // Assess
    expect(shadow.version).toBe(3);
  });
});

describe('updateShadow computes the delta', () => {
  it('lists only desired leaves that differ from reported (AWS delta state example)', () => {
    // Prepare
    const first = { state: { reported: { color: 'GREEN', engine: 'ON', lights: { color: 'GREEN' } } } };
    const second = {
      state: { desired: { color: 'RED', state: 'STOP', engine: 'ON', lights: { color: 'RED' } } },
    };

    // Act
    const outcome = updateShadow(shadowAfter([first, T1]), encode(second), T2);

    // Assess
    expect(outcome.ok && outcome.delta).toEqual({
      state: { color: 'RED', state: 'STOP', lights: { color: 'RED' } },
      metadata: { color: { timestamp: T2 }, state: { timestamp: T2 }, lights: { color: { timestamp: T2 } } },
      version: 2,
      timestamp: T2,
    });
  });

  it('sends no delta once reported catches up with desired', () => {
    // Prepare
    const shadow = shadowAfter([{ state: { desired: { color: 'RED' } } }, T1]);

    // Act
    const outcome = updateShadow(shadow, encode({ state: { reported: { color: 'RED' } } }), T2);

    // Assess
    expect(outcome.ok).toBe(true);
    expect(outcome.ok && outcome.delta).toBeUndefined();
    expect(getDocument(outcome.ok ? outcome.shadow : undefined).state).not.toHaveProperty('delta');
  });

  it('compares arrays as whole values', () => {
    // Prepare
    const shadow = shadowAfter([{ state: { reported: { teams: { red: ['Alice', 'Bob'] } } } }, T1]);

    // Act
    const same = updateShadow(
      shadow,
      encode({ state: { desired: { teams: { red: ['Alice', 'Bob'] } } } }),
      T2,
    );
    const swapped = updateShadow(
      shadow,
      encode({ state: { desired: { teams: { red: ['Bob', 'Alice'] } } } }),
      T2,
    );

    // Assess
    expect(same.ok && same.delta).toBeUndefined();
    expect(swapped.ok && swapped.delta?.state).toEqual({ teams: { red: ['Bob', 'Alice'] } });
  });

  it('carries the client token on the delta', () => {
    // Act
    const outcome = updateShadow(undefined, encode({ state: { desired: { a: 1 } }, clientToken: 'x' }), T1);

    // Assess
    expect(outcome.ok && outcome.delta?.clientToken).toBe('x');
  });
});

describe('updateShadow publishes previous and current documents', () => {
  it('gives the full state before and after the update', () => {
    // Prepare
    const shadow = shadowAfter([{ state: { reported: { color: 'GREEN' } } }, T1]);

    // Act
    const outcome = updateShadow(shadow, encode({ state: { desired: { color: 'RED' } } }), T2);

    // Assess
    expect(outcome.ok && outcome.documents).toEqual({
      previous: {
        state: { reported: { color: 'GREEN' } },
        metadata: { reported: { color: { timestamp: T1 } } },
        version: 1,
      },
      current: {
        state: { desired: { color: 'RED' }, reported: { color: 'GREEN' } },
        metadata: { desired: { color: { timestamp: T2 } }, reported: { color: { timestamp: T1 } } },
        version: 2,
      },
      timestamp: T2,
    });
  });

  it('has no previous document when the shadow is new', () => {
    // Act
    const outcome = updateShadow(undefined, encode({ state: { reported: { a: 1 } } }), T1);

    // Assess
    expect(outcome.ok && outcome.documents).not.toHaveProperty('previous');
  });
});

describe('updateShadow rejects what AWS rejects', () => {
  it('refuses a stale version with 409 Version conflict and echoes the client token', () => {
    // Prepare
    const shadow = shadowAfter(
      [{ state: { desired: { a: 1 } } }, T1],
      [{ state: { desired: { a: 2 } } }, T1],
    );

    // Act
    const stale = updateShadow(
      shadow,
      encode({ state: { desired: { a: 3 } }, version: 1, clientToken: 'c' }),
      T2,
    );
    const fresh = updateShadow(shadow, encode({ state: { desired: { a: 3 } }, version: 2 }), T2);

    // Assess
    expect(stale).toEqual({
      ok: false,
      rejection: { code: 409, message: 'Version conflict', timestamp: T2, clientToken: 'c' },
    });
    expect(fresh.ok && fresh.shadow.version).toBe(3);
  });

  it('refuses a document whose state would exceed 8 KB with 413', () => {
    // Prepare
    const shadow = shadowAfter([{ state: { reported: { log: 'x'.repeat(5000) } } }, T1]);

    // Act
    const tooBig = updateShadow(shadow, encode({ state: { desired: { log: 'y'.repeat(4000) } } }), T2);
    const fits = updateShadow(shadow, encode({ state: { desired: { log: 'y'.repeat(3000) } } }), T2);

    // Assess
    expect(!tooBig.ok && tooBig.rejection.code).toBe(413);
    expect(!tooBig.ok && tooBig.rejection.message).toBe('The payload exceeds the maximum size allowed');
    expect(fits.ok).toBe(true);
  });

  it.each([
    ['', 'Invalid JSON'],
    ['{"state":', 'Invalid JSON'],
    ['[1,2]', 'Invalid JSON'],
    ['{"desired":{"a":1}}', 'Missing required node: state'],
    ['{"state":"on"}', 'State node must be an object'],
    ['{"state":{"desired":[1]}}', 'Desired node must be an object'],
    ['{"state":{"reported":3}}', 'Reported node must be an object'],
    ['{"state":{"delta":{"a":1}}}', "State contains an invalid node: 'delta'"],
    ['{"state":{"desired":{"a":1}},"version":"2"}', 'Invalid version'],
    [`{"state":{"desired":{"a":1}},"clientToken":"${'t'.repeat(65)}"}`, 'Invalid clientToken'],
    [
      '{"state":{"desired":{"a":{"b":{"c":{"d":{"e":{"f":{"g":1}}}}}}}}}',
      'JSON contains too many levels of nesting; maximum is 6',
    ],
  ])('answers 400 to %s', (payload, message) => {
    // Act
    const outcome = updateShadow(undefined, new TextEncoder().encode(payload), T1);

    // Assess
    expect(outcome).toEqual({ ok: false, rejection: { code: 400, message, timestamp: T1 } });
  });

  it('accepts six levels of nesting', () => {
    // Act
    const outcome = updateShadow(
      undefined,
      encode({ state: { desired: { a: { b: { c: { d: { e: { f: 1 } } } } } } } }),
      T1,
    );

    // Assess
    expect(outcome.ok).toBe(true);
  });

  it('answers 415 to a body that is not UTF-8', () => {
    // Act
    const outcome = updateShadow(undefined, Uint8Array.of(0xff, 0xfe, 0x7b), T1);

    // Assess
    expect(!outcome.ok && outcome.rejection.code).toBe(415);
  });
});

describe('getShadow and deleteShadow', () => {
  it('answers 404 with the thing name when there is no shadow', () => {
    // Act
    const outcome = getShadow('table-1', undefined, encode({ clientToken: 'g' }), T1);

    // Assess
    expect(outcome).toEqual({
      ok: false,
      rejection: {
        code: 404,
        message: "No shadow exists with name: 'table-1'",
        timestamp: T1,
        clientToken: 'g',
      },
    });
  });

  it('deletes the shadow, then get answers 404, and a new shadow continues the version', () => {
    // Prepare
    const shadow = shadowAfter(
      [{ state: { desired: { a: 1 } } }, T1],
      [{ state: { desired: { a: 2 } } }, T1],
    );

    // Act
    const deleted = deleteShadow('table-1', shadow, encode({ clientToken: 'd' }), T2);
    const afterDelete = deleted.ok ? deleted.shadow : shadow;
    const recreated = updateShadow(afterDelete, encode({ state: { reported: { b: 1 } } }), T2);

    // Assess
    expect(deleted.ok && deleted.accepted).toEqual({ version: 2, timestamp: T2, clientToken: 'd' });
    expect(getShadow('table-1', afterDelete, empty, T2).ok).toBe(false);
    expect(deleteShadow('table-1', afterDelete, empty, T2).ok).toBe(false);
    expect(recreated.ok && recreated.shadow.version).toBe(3);
    expect(recreated.ok && getDocument(recreated.shadow).state).toEqual({ reported: { b: 1 } });
  });
});
