import { beforeAll, describe, expect, it } from 'vitest';
import {
  loadProtocolSchemas,
  type ProtocolSchemas,
  protocolExamples,
} from '../../device-bridge/test/protocol-schemas';
import { createBackend } from '../../lambda/src/backend';
import { BAR_RULES } from '../../lambda/src/domain/match/rules';
import { startMatch } from '../../lambda/src/domain/match/start-match';
import { memoryLogger } from '../../lambda/src/logger';
import { parseShadowDocument } from '../../lambda/src/shadow/shadow-document';
import type { ShadowPublisher, ShownPairing } from '../../lambda/src/shadow/shadow-publisher';
import { shadowOf } from '../../lambda/src/shadow/table-shadow';
import { createTestTable } from '../support/dynamodb';

/** The backend's side of docs/device-protocol: the same schemas and examples the bridge's tests read. */
let schemas: ProtocolSchemas;

beforeAll(async () => {
  schemas = await loadProtocolSchemas();
});

/** Records what the backend would write to the shadow. */
class RecordingShadows implements ShadowPublisher {
  readonly pairings: (ShownPairing | null)[] = [];
  async publish(): Promise<void> {}
  async showPairing(_thingName: string, pairing: ShownPairing | null): Promise<void> {
    this.pairings.push(pairing);
  }
}

async function backend() {
  const store = await createTestTable();
  const shadows = new RecordingShadows();
  const log = memoryLogger();
  return {
    shadows,
    log,
    ...createBackend({ config: { tableName: store.tableName }, dynamo: store.document, log, shadows }),
  };
}

describe('the backend and the device protocol', () => {
  it('takes every example goal event and refuses every invalid one as malformed', async () => {
    const { goalEventHandler } = await backend();
    const valid = (await protocolExamples('valid')).filter((example) => example.kind === 'goal-event');
    const invalid = (await protocolExamples('invalid')).filter((example) => example.kind === 'goal-event');

    const taken = await Promise.all(
      valid.map((example) =>
        goalEventHandler({ ...Object(example.message), thingName: 'babyfoot-protocol' }),
      ),
    );
    const refused = await Promise.all(
      invalid.map((example) =>
        goalEventHandler({ ...Object(example.message), thingName: 'babyfoot-protocol' }),
      ),
    );

    // No match runs on that table: a well-formed goal is ignored for that reason, not as malformed.
    expect(valid.length).toBeGreaterThan(1);
    expect(taken.map((outcome) => outcome.reason)).not.toContain('malformed goal event');
    expect(refused.map((outcome) => outcome.reason)).toEqual(invalid.map(() => 'malformed goal event'));
  });

  it('answers the example pairing request with a desired.pairing that fits the schema', async () => {
    const { pairingEventHandler, shadows } = await backend();
    const [request] = (await protocolExamples('valid')).filter(
      (example) => example.kind === 'pairing-request',
    );

    await pairingEventHandler({ ...Object(request?.message), thingName: 'babyfoot-protocol' });

    expect(shadows.pairings).toHaveLength(1);
    expect(schemas.errors('shadow-desired', { pairing: shadows.pairings[0] })).toEqual([]);
    expect(schemas.errors('shadow-desired', { pairing: null })).toEqual([]);
  });

  it('writes desired states that fit the schema: a match running, won, and no match', () => {
    const match = startMatch({
      id: 'm1',
      teams: { red: ['Alice'], blue: ['Bob'] },
      rules: BAR_RULES,
      at: 1000,
    });
    const won = { ...match, status: 'finished' as const, winner: 'red' as const };

    for (const state of [match, won, undefined]) {
      expect(schemas.errors('shadow-desired', { ...shadowOf(state), revision: 4 })).toEqual([]);
    }
  });

  it('reads the sensors of every example reported state', async () => {
    const reported = (await protocolExamples('valid')).filter(
      (example) => example.kind === 'shadow-reported',
    );

    for (const example of reported) {
      const payload = new TextEncoder().encode(
        JSON.stringify({ version: 1, state: { reported: example.message } }),
      );
      const sensors = Object(example.message).sensors;
      expect(parseShadowDocument(payload)?.sensors, example.file).toEqual(sensors);
    }
  });
});
