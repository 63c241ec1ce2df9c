import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBridgeConfig } from '../config';
import { silentLog } from '../log';
import type { BeamChange, SensorFault } from './goal-sensor';
import { GpioGoalSensor } from './gpio-sensor';

const originalPath = process.env.PATH;

afterEach(() => {
  process.env.PATH = originalPath;
});

/**
 * Puts a stand-in `gpiomon` (libgpiod 1.x) first on the PATH that prints `events` and waits,
 * or exits with `exitCode` at once.
 */
async function fakeGpiomon(events: string[], exitCode?: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fake-gpiomon-'));
  const argsFile = join(dir, 'args');
  const script = [
    '#!/bin/sh',
    'if [ "$1" = "--version" ]; then echo "gpiomon (libgpiod) v1.6.3"; exit 0; fi',
    `echo "$@" > ${argsFile}`,
    ...events.map((event) => `echo "${event}"`),
    exitCode === undefined ? 'exec sleep 30' : `exit ${exitCode}`,
  ].join('\n');
  await writeFile(join(dir, 'gpiomon'), script);
  await chmod(join(dir, 'gpiomon'), 0o755);
  process.env.PATH = `${dir}:${originalPath ?? ''}`;
  return argsFile;
}

describe('GpioGoalSensor', () => {
  it('turns gpiomon edges into beam cuts and restores of the right goal', async () => {
    // Prepare: red's goal on line 17, blue's on 27; break-beam receivers pull low when cut
    const argsFile = await fakeGpiomon(['17 0', '17 1', '27 0', '5 0', 'garbage']);
    const config = parseBridgeConfig({
      thingName: 't',
      endpoint: 'mqtt://127.0.0.1:1883',
      outboxDir: 'o',
      sensors: { driver: 'gpio', red: { gpioLine: 17 }, blue: { gpioLine: 27 } },
    });
    const sensor = new GpioGoalSensor(
      { red: config.sensors.red, blue: config.sensors.blue },
      silentLog,
      () => 42,
    );
    const changes: BeamChange[] = [];
    sensor.onBeamChange((change) => changes.push(change));

    // Act
    await sensor.start();
    await expect.poll(() => changes.length).toBe(3);
    await sensor.stop();

    // Assess
    expect((await readFile(argsFile, 'utf8')).trim()).toBe('-b -B pull-up -F %o %e %s %n gpiochip0 17 27');
    expect(changes).toEqual([
      { goal: 'red', beam: 'cut', at: 42 },
      { goal: 'red', beam: 'restored', at: 42 },
      { goal: 'blue', beam: 'cut', at: 42 },
    ]);
  });

  it("reads a goal's second beam on the same gpiomon, its edges tagged and timed by the kernel", async () => {
    // Prepare: red's goal beam on 17, its speed beam 40 mm behind on 22
    const argsFile = await fakeGpiomon(['17 0 100 000000000', '22 0 100 003600000', '22 1 100 009000000']);
    const config = parseBridgeConfig({
      thingName: 't',
      endpoint: 'mqtt://127.0.0.1:1883',
      outboxDir: 'o',
      sensors: { driver: 'gpio', red: { gpioLine: 17 }, speed: { distanceMm: 40, red: { gpioLine: 22 } } },
    });
    const sensor = new GpioGoalSensor({ red: config.sensors.red }, silentLog, () => 42, {
      speedBeams: { red: config.sensors.speed?.red },
    });
    const changes: BeamChange[] = [];
    sensor.onBeamChange((change) => changes.push(change));

    // Act
    await sensor.start();
    await expect.poll(() => changes.length).toBe(3);
    await sensor.stop();

    // Assess
    expect((await readFile(argsFile, 'utf8')).trim()).toBe('-b -B pull-up -F %o %e %s %n gpiochip0 17 22');
    expect(changes).toEqual([
      { goal: 'red', beam: 'cut', at: 42, edgeUs: 100_000_000 },
      { goal: 'red', beam: 'cut', at: 42, edgeUs: 100_003_600, line: 'speed' },
      { goal: 'red', beam: 'restored', at: 42, edgeUs: 100_009_000, line: 'speed' },
    ]);
  });

  it('says how to install gpiomon when it is missing', async () => {
    process.env.PATH = await mkdtemp(join(tmpdir(), 'no-gpiomon-'));
    const sensor = new GpioGoalSensor(
      { red: { gpioLine: 17, chip: 'gpiochip0', cutLevel: 'low' } },
      silentLog,
    );

    await expect(sensor.start()).rejects.toThrow(/apt install gpiod/);
  });

  it('restarts a gpiomon that dies, reporting its goals lost and back, and gives up after the last restart', async () => {
    // Prepare: a gpiomon that exits at once every time
    await fakeGpiomon([], 1);
    const sensor = new GpioGoalSensor(
      { blue: { gpioLine: 27, chip: 'gpiochip0', cutLevel: 'low' } },
      silentLog,
      Date.now,
      {
        maxRestarts: 2,
        restartDelayMs: 10,
      },
    );
    const faults: SensorFault[] = [];
    sensor.onFault((fault) => faults.push(fault));

    // Act
    await sensor.start();
    await expect.poll(() => faults.at(-1)?.state, { timeout: 5000 }).toBe('gave-up');
    await sensor.stop();

    // Assess
    expect(faults.map((fault) => fault.state)).toEqual(['lost', 'back', 'lost', 'back', 'gave-up']);
    expect(faults.every((fault) => JSON.stringify(fault.goals) === '["blue"]')).toBe(true);
    expect(faults.at(-1)?.reason).toBe('gpiomon on gpiochip0 exited (code 1), after 2 restarts');
  });

  it('restarts nothing once stopped', async () => {
    await fakeGpiomon(['27 0']);
    const sensor = new GpioGoalSensor(
      { blue: { gpioLine: 27, chip: 'gpiochip0', cutLevel: 'low' } },
      silentLog,
    );
    const faults: SensorFault[] = [];
    sensor.onFault((fault) => faults.push(fault));
    const changes: BeamChange[] = [];
    sensor.onBeamChange((change) => changes.push(change));

    await sensor.start();
    await expect.poll(() => changes.length).toBe(1);
    await sensor.stop();
    await new Promise((resolve) => setTimeout(resolve, 100));

    expect(faults).toEqual([]);
  });
});
