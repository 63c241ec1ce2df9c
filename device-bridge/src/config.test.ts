import { chmod, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
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

  it("takes a second beam per goal for shot speed, with its distance, and refuses one on a goal beam's line", () => {
    const gpio = { driver: 'gpio', red: { gpioLine: 17 }, blue: { gpioLine: 27 } };

    const config = parseBridgeConfig({
      ...local,
      sensors: { ...gpio, speed: { distanceMm: 40, red: { gpioLine: 22 } } },
    });

    expect(config.sensors.speed).toEqual({
      distanceMm: 40,
      windowMs: 250,
      red: { gpioLine: 22, chip: 'gpiochip0', cutLevel: 'low' },
    });
    expect(
      problemsOf({ ...local, sensors: { ...gpio, speed: { distanceMm: 40, blue: { gpioLine: 17 } } } }),
    ).toEqual([
      "sensors.speed.blue.gpioLine: 17 is already the red goal's beam: the speed beam needs its own line",
    ]);
    expect(problemsOf({ ...local, sensors: { ...gpio, speed: {} } })[0]).toMatch(
      /^sensors\.speed\.distanceMm:/,
    );
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

  it('takes port 443 for an mqtts endpoint, and refuses it for plain MQTT or beside another port', () => {
    const iot = {
      ...local,
      endpoint: 'mqtts://a1b2c3-ats.iot.eu-west-1.amazonaws.com',
      caPath: 'ca.pem',
      certPath: 'cert.pem',
      keyPath: 'key.pem',
    };

    expect(parseBridgeConfig({ ...iot, port: 443 }).port).toBe(443);
    expect(problemsOf({ ...local, endpoint: 'mqtt://127.0.0.1', port: 443 })).toEqual([
      expect.stringMatching(/^port: 443 .*mqtts:\/\//),
    ]);
    expect(problemsOf({ ...iot, endpoint: `${iot.endpoint}:8883`, port: 443 })).toEqual([
      expect.stringMatching(/^port: 443 differs from the endpoint's port 8883/),
    ]);
  });
});

describe('bridge config file with certificates', () => {
  const pem = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

  async function iotConfig(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'bridge-certs-'));
    await mkdir(join(dir, 'certs'));
    for (const [name, content] of Object.entries(files)) await writeFile(join(dir, 'certs', name), content);
    const path = join(dir, 'bridge.json');
    await writeFile(
      path,
      JSON.stringify({
        ...local,
        endpoint: 'mqtts://a1b2c3-ats.iot.eu-west-1.amazonaws.com:8883',
        caPath: 'certs/ca.pem',
        certPath: 'certs/device.pem.crt',
        keyPath: 'certs/private.pem.key',
      }),
    );
    return path;
  }

  async function problemsLoading(path: string): Promise<string[]> {
    try {
      await loadBridgeConfig(path);
    } catch (error) {
      if (error instanceof BridgeConfigError) return error.problems;
      throw error;
    }
    return [];
  }

  it('loads when the three files are there and look like PEM', async () => {
    const path = await iotConfig({ 'ca.pem': pem, 'device.pem.crt': pem, 'private.pem.key': pem });

    await expect(problemsLoading(path)).resolves.toEqual([]);
  });

  it('names a missing certificate and a file that is not PEM', async () => {
    const path = await iotConfig({ 'ca.pem': pem, 'device.pem.crt': 'hello' });

    const problems = await problemsLoading(path);

    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^certPath: .*device\.pem\.crt: is not a PEM file/);
    expect(problems[1]).toMatch(/^keyPath: .*private\.pem\.key: no such file$/);
  });

  it.skipIf(process.getuid?.() === 0)(
    'says a key the user cannot read is not readable, and by whom',
    async () => {
      const path = await iotConfig({ 'ca.pem': pem, 'device.pem.crt': pem, 'private.pem.key': pem });
      await chmod(join(path, '..', 'certs', 'private.pem.key'), 0o000);

      const problems = await problemsLoading(path);

      expect(problems).toEqual([
        expect.stringMatching(/^keyPath: .*: not readable by this user \(uid \d+\)/),
      ]);
    },
  );
});
