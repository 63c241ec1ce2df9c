import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/** The file `node` runs on the table, inside `dist/` and inside the release archive. */
export const BRIDGE_FILE = 'babyfoot-bridge.cjs';

export interface BuiltBridge {
  file: string;
  bytes: number;
  version: string;
}

/**
 * Bundles the bridge and its dependencies (MQTT.js, zod) into one CommonJS file for Node 18
 * (what Raspberry Pi OS bookworm's `apt install nodejs` gives), so the Pi needs no
 * node_modules and no TypeScript at start. CommonJS because some of MQTT.js's dependencies
 * still `require()` optional modules at run time.
 */
export async function buildBridgeBundle(packageDir: string, outDir: string): Promise<BuiltBridge> {
  const { version } = packageVersion(await readFile(join(packageDir, 'package.json'), 'utf8'));
  const file = join(outDir, BRIDGE_FILE);
  await build({
    entryPoints: [join(packageDir, 'src/main.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    target: 'node18',
    format: 'cjs',
    minify: false,
    legalComments: 'linked',
    banner: { js: '#!/usr/bin/env node' },
    define: { BRIDGE_VERSION: JSON.stringify(version) },
    // ws (MQTT over WebSocket, unused here) tries these native speed-ups and works without them.
    external: ['bufferutil', 'utf-8-validate'],
    logLevel: 'warning',
  });
  return { file, bytes: (await stat(file)).size, version };
}

function packageVersion(text: string): { version: string } {
  const json: unknown = JSON.parse(text);
  if (typeof json === 'object' && json !== null && 'version' in json && typeof json.version === 'string') {
    return { version: json.version };
  }
  throw new Error('device-bridge/package.json has no version');
}
