import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

/** What a script printed and how it exited. */
export interface ScriptRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's scripts as `npm run` does (through tsx), with extra environment. */
export function runProjectScript(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<ScriptRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', resolve(import.meta.dirname, '..', script), ...args],
      { env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === 'number' ? error.code : 1;
        done({ code, stdout, stderr });
      },
    );
  });
}
