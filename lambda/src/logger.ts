/** Structured JSON logs, one line each (CloudWatch and the local console read them the same). */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

function line(level: string, message: string, fields?: Record<string, unknown>): string {
  return JSON.stringify({ level, message, ...fields });
}

/** Writes to stderr so stdout stays free for the local tools' own output. */
export const consoleLogger: Logger = {
  info: (m, f) => process.stderr.write(`${line('info', m, f)}\n`),
  warn: (m, f) => process.stderr.write(`${line('warn', m, f)}\n`),
  error: (m, f) => process.stderr.write(`${line('error', m, f)}\n`),
};

/** Keeps log lines in memory: tests assert on them, the console shows them on demand. */
export function memoryLogger(): Logger & {
  lines: Array<{ level: string; message: string } & Record<string, unknown>>;
} {
  const lines: Array<{ level: string; message: string } & Record<string, unknown>> = [];
  const push = (level: string) => (message: string, fields?: Record<string, unknown>) => {
    lines.push({ level, message, ...fields });
  };
  return { lines, info: push('info'), warn: push('warn'), error: push('error') };
}
