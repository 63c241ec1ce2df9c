import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import type { GoalSensorConfig } from '../config';
import type { BridgeLog } from '../log';
import { TEAM_COLORS, type TeamColor } from '../team';
import type { BeamChange, BeamListener, GoalSensor } from './goal-sensor';
import { gpiomonArgs, parseGpiomonLine, parseGpiomonVersion } from './gpiomon-output';

const run = promisify(execFile);

/** `gpiomon` is missing or too unfamiliar to drive. */
export class GpioUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'GpioUnavailableError';
  }
}

/**
 * Break-beam sensors on Linux GPIO lines, read through libgpiod's `gpiomon` (the character
 * device, no native Node addon to build on the Pi). One `gpiomon` process per chip.
 */
export class GpioGoalSensor implements GoalSensor {
  private readonly listeners: BeamListener[] = [];
  private readonly processes: ChildProcess[] = [];

  constructor(
    private readonly sensors: Partial<Record<TeamColor, GoalSensorConfig>>,
    private readonly log: BridgeLog,
    private readonly now: () => number = Date.now,
  ) {}

  onBeamChange(listener: BeamListener): void {
    this.listeners.push(listener);
  }

  async start(): Promise<void> {
    const version = await gpiomonVersion();
    const byChip = new Map<string, { goal: TeamColor; config: GoalSensorConfig }[]>();
    for (const goal of TEAM_COLORS) {
      const config = this.sensors[goal];
      if (!config) continue;
      byChip.set(config.chip, [...(byChip.get(config.chip) ?? []), { goal, config }]);
    }
    for (const [chip, lines] of byChip) {
      const args = gpiomonArgs(
        version,
        chip,
        lines.map((line) => line.config.gpioLine),
      );
      // libgpiod 2.x has no line-buffered flag: stdbuf keeps events from waiting in a pipe buffer.
      const child = version === 1 ? spawn('gpiomon', args) : spawn('stdbuf', ['-oL', 'gpiomon', ...args]);
      this.processes.push(child);
      child.on('exit', (code, signal) => this.log.warn('gpiomon exited', { chip, code, signal }));
      child.on('error', (error) => this.log.error('gpiomon failed', { chip, error: String(error) }));
      child.stderr?.on('data', (chunk: Buffer) =>
        this.log.warn('gpiomon', { chip, stderr: chunk.toString() }),
      );
      if (!child.stdout) continue;
      createInterface({ input: child.stdout }).on('line', (text) => {
        const edge = parseGpiomonLine(text);
        const line = lines.find((candidate) => candidate.config.gpioLine === edge?.offset);
        if (!edge || !line) return;
        const level = edge.edge === 'rising' ? 'high' : 'low';
        this.emit({
          goal: line.goal,
          beam: level === line.config.cutLevel ? 'cut' : 'restored',
          at: this.now(),
        });
      });
    }
  }

  async stop(): Promise<void> {
    for (const child of this.processes.splice(0)) child.kill('SIGTERM');
  }

  private emit(change: BeamChange): void {
    for (const listener of this.listeners) listener(change);
  }
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
