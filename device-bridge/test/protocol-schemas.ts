import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';

/**
 * The device protocol's JSON Schemas and example messages (docs/device-protocol/), read by
 * the bridge's tests and the backend's alike so that the two sides cannot drift.
 */
export const PROTOCOL_DIR = fileURLToPath(new URL('../../docs/device-protocol/', import.meta.url));

export type MessageKind = 'goal-event' | 'pairing-request' | 'shadow-desired' | 'shadow-reported';
export const MESSAGE_KINDS: readonly MessageKind[] = [
  'goal-event',
  'pairing-request',
  'shadow-desired',
  'shadow-reported',
];

export interface ProtocolExample {
  /** e.g. `goal-event.older-firmware.json` */
  file: string;
  kind: MessageKind;
  message: unknown;
}

export interface ProtocolSchemas {
  /** Validates `message` as a `kind`; the errors as `path: message` lines, none when valid. */
  errors(kind: MessageKind, message: unknown): string[];
}

export async function loadProtocolSchemas(): Promise<ProtocolSchemas> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const kind of MESSAGE_KINDS) {
    ajv.addSchema(JSON.parse(await readFile(join(PROTOCOL_DIR, `${kind}.schema.json`), 'utf8')), kind);
  }
  return {
    errors(kind, message) {
      const validate = ajv.getSchema(kind);
      if (!validate) throw new Error(`no schema for ${kind}`);
      if (validate(message)) return [];
      return (validate.errors ?? []).map(
        (error) => `${error.instancePath || '(root)'}: ${error.message ?? ''}`,
      );
    },
  };
}

/** The examples of `examples/` (valid) or `examples/invalid/`, each with the kind its name starts with. */
export async function protocolExamples(which: 'valid' | 'invalid'): Promise<ProtocolExample[]> {
  const dir = join(PROTOCOL_DIR, which === 'valid' ? 'examples' : 'examples/invalid');
  const files = (await readdir(dir)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => {
      const kind = MESSAGE_KINDS.find((candidate) => file.split('.')[0] === candidate);
      if (!kind) throw new Error(`${file}: its name must start with one of ${MESSAGE_KINDS.join(', ')}`);
      return { file, kind, message: JSON.parse(await readFile(join(dir, file), 'utf8')) };
    }),
  );
}
