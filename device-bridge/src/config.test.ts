import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BridgeConfigError, loadBridgeConfig, parseBridgeConfig } from './config';

const local = { thingName: 'babyfoot-local', endpoint: 'mqtt://127.0.0.1:1883', outboxDir: '.data/outbox' };

function problemsOf(input: unknown): string[] {
  try {
    parseBridgeConfig(input);
  } catch (error) {
    if (error instanceof BridgeConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('bridge config', () => {
  it('fills in the defaults for a local table', () => {
    const config = parseBridgeConfig(local);

    expect(config).toMatchObject({
      debounceMs: 1500,
      blockedAfterMs: 5000,
      noisyBurst: 5,
      sensors: { driver: 'simulated' },
    });
  });

  it('accepts IoT Core with its certificates', () => {
    const config = parseBridgeConfig({
      ...local,
      endpoint: 'mqtts://a1b2c3-ats.iot.eu-west-1.amazonaws.com:8883',
      caPath: 'AmazonRootCA1.pem',
      certPath: 'cert.pem',
      keyPath: 'private.key',
      sensors: { driver: 'gpio', red: { gpioLine: 17 }, blue: { gpioLine: 27, credits: 'red' } },
    });

    expect(config.sensors.red).toEqual({ gpioLine: 17, chip: 'gpiochip0', cutLevel: 'low' });
  });

  it('names the field and the reason for a bad thing name', () => {
    const problems = problemsOf({ ...local, thingName: 'table one' });

    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^thingName: .*letters, digits/);
  });

  it('requires the certificates for an mqtts endpoint', () => {
    const problems = problemsOf({ ...local, endpoint: 'mqtts://x-ats.iot.eu-west-1.amazonaws.com:8883' });

    expect(problems.map((problem) => problem.split(':')[0])).toEqual(['caPath', 'certPath', 'keyPath']);
  });

  it('rejects an endpoint that is not an MQTT URL, and a bad GPIO line', () => {
    const problems = problemsOf({
      ...local,
      endpoint: 'https://example.com',
      sensors: { driver: 'gpio', red: { gpioLine: -1 } },
    });

    expect(problems.some((problem) => problem.startsWith('endpoint: must look like'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('sensors.red.gpioLine:'))).toBe(true);
  });

  it('resolves paths relative to the config file', async () => {
    // Prepare
    const dir = await mkdtemp(join(tmpdir(), 'bridge-config-'));
    const path = join(dir, 'config.json');
    await writeFile(path, JSON.stringify(local));

    // Act
    const config = await loadBridgeConfig(path);

    // Assess
    expect(config.outboxDir).toBe(join(dir, '.data/outbox'));
  });

  it('says when the file is not JSON', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'bridge-config-'));
    const path = join(dir, 'config.json');
    await writeFile(path, '{ thingName: ');

    await expect(loadBridgeConfig(path)).rejects.toThrow(/is not valid JSON/);
  });
});
