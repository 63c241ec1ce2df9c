import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import type { GoalSensorConfig, SpeedBeamConfig } from '../config';
import type { BridgeLog } from '../log';
import { TEAM_COLORS, type TeamColor } from '../team';
import type { BeamChange, BeamListener, FaultListener, GoalSensor, SensorFault } from './goal-sensor';
import { gpiomonArgs, parseGpiomonLine, parseGpiomonVersion } from './gpiomon-output';

const run = promisify(execFile);

/** `gpiomon` is missing or too unfamiliar to drive. */
export class GpioUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GpioUnavailableError';
  }
}

export interface GpioWatchOptions {
  /** Restarts of a dead `gpiomon` before giving up (default 3); a run longer than `settledMs` resets the count. */
  maxRestarts?: number;
  /** Wait before the first restart, doubled on each next one (default 1000 ms). */
  restartDelayMs?: number;
  /** A `gpiomon` that ran this long before dying counts as a first failure again (default 60 s). */
  settledMs?: number;
  /** The second beams that time shots, by goal (read by the same `gpiomon` as their chip's goal beams). */
  speedBeams?: Partial<Record<TeamColor, SpeedBeamConfig>>;
}

interface ChipLine {
  goal: TeamColor;
  /** `speed`: a goal's second beam; absent: its goal beam. */
  line?: 'speed';
  config: Pick<GoalSensorConfig, 'gpioLine' | 'chip' | 'cutLevel'>;
}

/**
 * Break-beam sensors on Linux GPIO lines, read through libgpiod's `gpiomon` (the character
 * device, no native Node addon to build on the Pi). One `gpiomon` process per chip. A
 * `gpiomon` that exits makes its goals' sensors `lost`, is restarted with a doubling delay
 * and, after `maxRestarts` quick deaths in a row, `gave-up` is reported.
 */
export class GpioGoalSensor implements GoalSensor {
  private readonly listeners: BeamListener[] = [];
  private readonly faultListeners: FaultListener[] = [];
  private readonly processes = new Set<ChildProcess>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private stopping = false;
  private readonly maxRestarts: number;
  private readonly restartDelayMs: number;
  private readonly settledMs: number;
  private readonly speedBeams: Partial<Record<TeamColor, SpeedBeamConfig>>;

  constructor(
    private readonly sensors: Partial<Record<TeamColor, GoalSensorConfig>>,
    private readonly log: BridgeLog,
    private readonly now: () => number = Date.now,
    options: GpioWatchOptions = {},
  ) {
    this.maxRestarts = options.maxRestarts ?? 3;
    this.restartDelayMs = options.restartDelayMs ?? 1000;
    this.settledMs = options.settledMs ?? 60_000;
    this.speedBeams = options.speedBeams ?? {};
  }

  onBeamChange(listener: BeamListener): void {
    this.listeners.push(listener);
  }

  onFault(listener: FaultListener): void {
    this.faultListeners.push(listener);
  }

  async start(): Promise<void> {
    const version = await gpiomonVersion();
    const byChip = new Map<string, ChipLine[]>();
    for (const goal of TEAM_COLORS) {
      const config = this.sensors[goal];
      if (!config) continue;
      byChip.set(config.chip, [...(byChip.get(config.chip) ?? []), { goal, config }]);
    }
    for (const goal of TEAM_COLORS) {
      const config = this.speedBeams[goal];
      if (!config) continue;
      byChip.set(config.chip, [...(byChip.get(config.chip) ?? []), { goal, line: 'speed' as const, config }]);
    }
    for (const [chip, lines] of byChip) this.watch(version, chip, lines, 0);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const child of this.processes) child.kill('SIGTERM');
    this.processes.clear();
  }

  /** Runs `gpiomon` for one chip; `failures` counts the quick deaths before this run. */
  private watch(version: 1 | 2, chip: string, lines: ChipLine[], failures: number): void {
    const args = gpiomonArgs(
      version,
      chip,
      lines.map((line) => line.config.gpioLine),
    );
    // libgpiod 2.x has no line-buffered flag: stdbuf keeps events from waiting in a pipe buffer.
    const child = version === 1 ? spawn('gpiomon', args) : spawn('stdbuf', ['-oL', 'gpiomon', ...args]);
    const startedAt = this.now();
    const goals = goalsOf(lines);
    this.processes.add(child);
    if (failures > 0)
      child.once('spawn', () => this.fault({ goals, state: 'back', reason: 'gpiomon restarted' }));
    let ended = false;
    const end = (reason: string) => {
      if (ended) return;
      ended = true;
      this.processes.delete(child);
      if (this.stopping) return;
      this.died(version, chip, lines, this.now() - startedAt >= this.settledMs ? 0 : failures, reason);
    };
    child.on('exit', (code, signal) => {
      this.log.warn('gpiomon exited', { chip, code, signal });
      end(`gpiomon on ${chip} exited (${signal ?? `code ${code}`})`);
    });
    child.on('error', (error) => {
      this.log.error('gpiomon failed', { chip, error: String(error) });
      end(`gpiomon on ${chip} failed: ${error.message}`);
    });
    child.stderr?.on('data', (chunk: Buffer) => this.log.warn('gpiomon', { chip, stderr: chunk.toString() }));
    if (!child.stdout) return;
    createInterface({ input: child.stdout }).on('line', (text) => {
      const edge = parseGpiomonLine(text);
      const line = lines.find((candidate) => candidate.config.gpioLine === edge?.offset);
      if (!edge || !line) return;
      const level = edge.edge === 'rising' ? 'high' : 'low';
      this.emit({
        goal: line.goal,
        beam: level === line.config.cutLevel ? 'cut' : 'restored',
        at: this.now(),
        ...(line.line === undefined ? {} : { line: line.line }),
        ...(edge.edgeUs === undefined ? {} : { edgeUs: edge.edgeUs }),
      });
    });
  }

  private died(version: 1 | 2, chip: string, lines: ChipLine[], failures: number, reason: string): void {
    const goals = goalsOf(lines);
    if (failures >= this.maxRestarts) {
      this.log.error('gpiomon keeps dying, giving up', { chip, restarts: failures });
      this.fault({ goals, state: 'gave-up', reason: `${reason}, after ${failures} restarts` });
      return;
    }
    const delay = this.restartDelayMs * 2 ** failures;
    this.log.warn('restarting gpiomon', { chip, inMs: delay, restart: failures + 1 });
    this.fault({ goals, state: 'lost', reason });
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopping) this.watch(version, chip, lines, failures + 1);
    }, delay);
    this.timers.add(timer);
  }

  private emit(change: BeamChange): void {
    for (const listener of this.listeners) listener(change);
  }

  private fault(fault: SensorFault): void {
    for (const listener of this.faultListeners) listener(fault);
  }
}

/** The goals whose goal beam (not speed beam) a chip's `gpiomon` reads. */
function goalsOf(lines: ChipLine[]): TeamColor[] {
  return lines.flatMap((line) => (line.line === undefined ? [line.goal] : []));
}

async function gpiomonVersion(): Promise<1 | 2> {
  try {
    const { stdout } = await run('gpiomon', ['--version']);
    const version = parseGpiomonVersion(stdout);
    if (version) return version;
    throw new GpioUnavailableError(`unknown gpiomon version: ${stdout.split('\n')[0] ?? ''}`);
  } catch (error) {
    if (error instanceof GpioUnavailableError) throw error;
    throw new GpioUnavailableError('gpiomon not found: install it with `sudo apt install gpiod`', {
      cause: error,
    });
  }
}
