/** An edge seen on one GPIO line. */
export interface GpioEdge {
  offset: number;
  edge: 'rising' | 'falling';
  /** The kernel's timestamp of the edge, µs (same clock for every line of a chip): times a shot between two beams. */
  edgeUs?: number;
}

/**
 * Parses one line printed by `gpiomon`: our custom format `<offset> <edge> <timestamp>` where
 * edge is `1`/`0` (libgpiod 1.x `%e`) or `rising`/`falling` (libgpiod 2.x `%E`) and the
 * timestamp `<s> <ns>` (1.x `%s %n`) or `<s>.<ns>` (2.x `%S`), optional; and, to be lenient,
 * the 1.x default `event:  RISING EDGE offset: 17 timestamp: [     123.000000001]`.
 */
export function parseGpiomonLine(line: string): GpioEdge | undefined {
  const custom = /^\s*(\d+)\s+(0|1|rising|falling)(?:\s+(\d+)(?:\.(\d{1,9})|\s+(\d{1,9})))?\s*$/i.exec(line);
  if (custom?.[1] !== undefined && custom[2] !== undefined) {
    const word = custom[2].toLowerCase();
    const edge: GpioEdge = {
      offset: Number(custom[1]),
      edge: word === '1' || word === 'rising' ? 'rising' : 'falling',
    };
    const edgeUs = timestampUs(custom[3], custom[4]?.padEnd(9, '0') ?? custom[5]);
    return edgeUs === undefined ? edge : { ...edge, edgeUs };
  }
  const legacy =
    /event:\s*(RISING|FALLING) EDGE\s+offset:\s*(\d+)(?:\s+timestamp:\s*\[\s*(\d+)\.(\d{9})\])?/i.exec(line);
  if (legacy?.[1] !== undefined && legacy[2] !== undefined) {
    const edge: GpioEdge = {
      offset: Number(legacy[2]),
      edge: legacy[1].toLowerCase() === 'rising' ? 'rising' : 'falling',
    };
    const edgeUs = timestampUs(legacy[3], legacy[4]);
    return edgeUs === undefined ? edge : { ...edge, edgeUs };
  }
  return undefined;
}

function timestampUs(seconds: string | undefined, nanoseconds: string | undefined): number | undefined {
  if (seconds === undefined || nanoseconds === undefined) return undefined;
  return Number(seconds) * 1_000_000 + Math.floor(Number(nanoseconds) / 1000);
}

/** The major version printed by `gpiomon --version` (e.g. "gpiomon (libgpiod) v1.6.3"). */
export function parseGpiomonVersion(output: string): 1 | 2 | undefined {
  const match = /v(\d+)\.\d+/.exec(output);
  if (match?.[1] === '1') return 1;
  if (match?.[1] === '2') return 2;
  return undefined;
}

/**
 * Arguments to watch `offsets` on `chip` with the internal pull-up on (break-beam receivers
 * have an open-collector output), one line per edge in the format `parseGpiomonLine` reads.
 */
export function gpiomonArgs(version: 1 | 2, chip: string, offsets: number[]): string[] {
  const lines = offsets.map(String);
  if (version === 1) return ['-b', '-B', 'pull-up', '-F', '%o %e %s %n', chip, ...lines];
  return ['-c', chip, '-b', 'pull-up', '-F', '%o %E %S', ...lines];
}
