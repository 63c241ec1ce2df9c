/** Where the bridge writes what happened; fields are plain JSON values. */
export interface BridgeLog {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** One JSON object per line on `write` (stderr by default): what journald and tests read. */
export function jsonLinesLog(
  write: (line: string) => void = (line) => process.stderr.write(line),
): BridgeLog {
  const entry = (level: string) => (message: string, fields?: Record<string, unknown>) =>
    write(`${JSON.stringify({ level, at: new Date().toISOString(), message, ...fields })}\n`);
  return { info: entry('info'), warn: entry('warn'), error: entry('error') };
}

/** Discards everything: for tests that do not read logs. */
export const silentLog: BridgeLog = { info() {}, warn() {}, error() {} };
