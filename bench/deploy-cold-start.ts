import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RequestEnvelope } from 'ask-sdk-model';
import { z } from 'zod';

const run = promisify(execFile);

/** One fresh Node process: milliseconds since it started, at each point. */
export interface ColdStart {
  /** The bundle required (module-scope clients and skill built). */
  loadedMs: number;
  /** The LaunchRequest answered. */
  launchMs: number;
  /** Then a score request answered. */
  scoreMs: number;
  /** The process spawned, ran and exited, as the parent saw it. */
  wallMs: number;
}

const childSchema = z.object({
  loadedMs: z.number(),
  launchMs: z.number(),
  scoreMs: z.number(),
  speech: z.array(z.string()),
});

// Runs in the child: `performance.now()` counts from the process's start, as a Lambda init does.
const CHILD = `
const entry = require(process.env.BENCH_BUNDLE);
const loadedMs = performance.now();
const [launch, score] = JSON.parse(process.env.BENCH_ENVELOPES);
(async () => {
  const first = await entry.handler(launch, {});
  const launchMs = performance.now();
  const second = await entry.handler(score, {});
  const scoreMs = performance.now();
  const speech = [first, second].map((r) => r.response.outputSpeech ? r.response.outputSpeech.ssml : '');
  process.stdout.write(JSON.stringify({ loadedMs, launchMs, scoreMs, speech }));
})().catch((error) => { console.error(error); process.exit(1); });
`;

/**
 * Starts a fresh `node` on the bundle, as a Lambda cold start would, and has it answer a
 * LaunchRequest then a score request against the local stack named in `env`.
 */
export async function measureColdStart(
  bundleFile: string,
  envelopes: readonly [RequestEnvelope, RequestEnvelope],
  env: Record<string, string>,
): Promise<ColdStart & { speech: string[] }> {
  const started = performance.now();
  const { stdout } = await run(process.execPath, ['--no-warnings', '-e', CHILD], {
    env: {
      PATH: process.env.PATH ?? '',
      ...env,
      BENCH_BUNDLE: bundleFile,
      BENCH_ENVELOPES: JSON.stringify(envelopes),
    },
    maxBuffer: 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  return { ...childSchema.parse(JSON.parse(stdout)), wallMs };
}

/** The median of some samples. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}
