import { chmod, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBridgeConfig } from '../config';
import { silentLog } from '../log';
import type { BeamChange } from './goal-sensor';
import { GpioGoalSensor } from './gpio-sensor';

const originalPath = process.env.PATH;

afterEach(() => {
  process.env.PATH = originalPath;
});

/** Puts a stand-in `gpiomon` (libgpiod 1.x) first on the PATH that prints `events` and waits. */
async function fakeGpiomon(events: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'fake-gpiomon-'));
  const argsFile = join(dir, 'args');
  const script = [
    '#!/bin/sh',
    'if [ "$1" = "--version" ]; then echo "gpiomon (libgpiod) v1.6.3"; exit 0; fi',
    `echo "$@" > ${argsFile}`,
    ...events.map((event) => `echo "${event}"`),
    'exec sleep 30',
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
    expect((await readFile(argsFile, 'utf8')).trim()).toBe('-b -B pull-up -F %o %e gpiochip0 17 27');
    expect(changes).toEqual([
      { goal: 'red', beam: 'cut', at: 42 },
      { goal: 'red', beam: 'restored', at: 42 },
      { goal: 'blue', beam: 'cut', at: 42 },
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
});
