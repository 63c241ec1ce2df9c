/** An edge seen on one GPIO line. */
export interface GpioEdge {
  offset: number;
  edge: 'rising' | 'falling';
}

/**
 * Parses one line printed by `gpiomon`: our custom format `<offset> <edge>` where edge is
 * `1`/`0` (libgpiod 1.x `%e`) or `rising`/`falling` (libgpiod 2.x `%E`), and, to be lenient,
 * the 1.x default `event:  RISING EDGE offset: 17 timestamp: [...]`.
 */
export function parseGpiomonLine(line: string): GpioEdge | undefined {
  const custom = /^\s*(\d+)\s+(0|1|rising|falling)\s*$/i.exec(line);
  if (custom?.[1] !== undefined && custom[2] !== undefined) {
    const word = custom[2].toLowerCase();
    return { offset: Number(custom[1]), edge: word === '1' || word === 'rising' ? 'rising' : 'falling' };
  }
  const legacy = /event:\s*(RISING|FALLING) EDGE\s+offset:\s*(\d+)/i.exec(line);
  if (legacy?.[1] !== undefined && legacy[2] !== undefined) {
    return { offset: Number(legacy[2]), edge: legacy[1].toLowerCase() === 'rising' ? 'rising' : 'falling' };
  }
  return undefined;
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
  if (version === 1) return ['-b', '-B', 'pull-up', '-F', '%o %e', chip, ...lines];
  return ['-c', chip, '-b', 'pull-up', '-F', '%o %E', ...lines];
}
