/**
 * Structured JSON logs, one line each (CloudWatch and the local console read them the same).
 * A field may hold an `Error` (`{ error }`): it is logged with its name, message, stack and
 * cause, never flattened to a string.
 */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** An error as a log line holds it: what `JSON.stringify` alone would drop (`{}`). */
export interface LoggedError {
  name: string;
  message: string;
  stack?: string;
  cause?: unknown;
}

/** The error's name, message, stack and cause (itself logged the same way when an error). */
export function loggedError(error: Error): LoggedError {
  const logged: LoggedError = { name: error.name, message: error.message };
  if (error.stack !== undefined) logged.stack = error.stack;
  if (error.cause !== undefined)
    logged.cause = error.cause instanceof Error ? loggedError(error.cause) : error.cause;
  return logged;
}

/** `JSON.stringify`'s replacer for log lines: errors anywhere in the fields keep their stack. */
function replacer(_key: string, value: unknown): unknown {
  return value instanceof Error ? loggedError(value) : value;
}

function line(level: string, message: string, fields?: Record<string, unknown>): string {
  return JSON.stringify({ level, timestamp: new Date().toISOString(), message, ...fields }, replacer);
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
