import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBridgeBundle } from '../scripts/bridge-bundle';
import { writeReleaseArchive } from '../scripts/release-archive';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));

/**
 * The release archive's install.sh run by dash (POSIX sh) against a root directory, with
 * systemctl, useradd, userdel, chown and getent replaced by stubs that log their arguments.
 */
let release: string;

beforeAll(async () => {
  const outDir = await mkdtemp(join(tmpdir(), 'bridge-release-'));
  const { version } = await buildBridgeBundle(packageDir, outDir);
  const archive = await writeReleaseArchive(packageDir, outDir, version);
  await run('tar', ['-xzf', archive.file, '-C', outDir]);
  release = join(outDir, `babyfoot-bridge-${version}`);
}, 60_000);

interface Machine {
  root: string;
  stubs: string;
  log: string;
  /** Runs install.sh; never throws, gives its exit code and output. */
  install(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  calls(): Promise<string[]>;
  mode(path: string): Promise<string>;
}

const STUB = `#!/bin/sh
printf '%s\\n' "$(basename "$0") $*" >>"$STUB_LOG"
case $(basename "$0") in
getent)
  grep -qx "$1:$2" "$STUB_DIR/db" 2>/dev/null ;;
useradd)
  for last; do :; done
  printf 'passwd:%s\\ngroup:%s\\n' "$last" "$last" >>"$STUB_DIR/db" ;;
esac
`;

async function machine(options: { gpioGroup?: boolean; node?: string } = {}): Promise<Machine> {
  const root = await mkdtemp(join(tmpdir(), 'pi-root-'));
  const stubs = await mkdtemp(join(tmpdir(), 'pi-stubs-'));
  const log = join(stubs, 'calls.log');
  await writeFile(join(stubs, 'db'), options.gpioGroup === false ? '' : 'group:gpio\n');
  for (const name of ['systemctl', 'useradd', 'userdel', 'chown', 'getent']) {
    await writeFile(join(stubs, name), STUB);
    await chmod(join(stubs, name), 0o755);
  }
  if (options.node) {
    await writeFile(join(stubs, 'node'), `#!/bin/sh\necho ${options.node}\n`);
    await chmod(join(stubs, 'node'), 0o755);
  }
  return {
    root,
    stubs,
    log,
    async install(...args) {
      try {
        const { stdout, stderr } = await run('dash', [join(release, 'install.sh'), ...args], {
          env: {
            PATH: `${stubs}:${process.env.PATH ?? ''}`,
            BABYFOOT_ROOT: root,
            STUB_LOG: log,
            STUB_DIR: stubs,
          },
        });
        return { code: 0, stdout, stderr };
      } catch (error) {
        const failed = error as { code?: number; stdout?: string; stderr?: string };
        return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
      }
    },
    async calls() {
      const text = await readFile(log, 'utf8').catch(() => '');
      return text.split('\n').filter((line) => line !== '' && !line.startsWith('getent'));
    },
    async mode(path) {
      return ((await stat(join(root, path))).mode & 0o777).toString(8);
    },
  };
}

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n';

/** A maker's files: bridge.json for IoT Core on 443 with relative cert paths, and the certs folder. */
async function makersFiles(
  overrides: Record<string, unknown> = {},
): Promise<{ config: string; certs: string }> {
  // As npm run table:add writes it: bridge.json and the certificates in one folder.
  const dir = await mkdtemp(join(tmpdir(), 'maker-'));
  for (const name of ['AmazonRootCA1.pem', 'device.pem.crt', 'private.pem.key']) {
    await writeFile(join(dir, name), PEM);
  }
  const config = join(dir, 'bridge.json');
  await writeFile(
    config,
    JSON.stringify({
      thingName: 'babyfoot-office-1',
      endpoint: 'mqtts://a1b2c3-ats.iot.eu-west-1.amazonaws.com',
      port: 443,
      caPath: 'AmazonRootCA1.pem',
      certPath: 'device.pem.crt',
      keyPath: 'private.pem.key',
      outboxDir: '/var/lib/babyfoot/outbox',
      ...overrides,
    }),
  );
  return { config, certs: dir };
}

describe('install.sh on a fresh Pi', () => {
  it('creates the user, installs bundle, unit, config and certificates, then enables and starts the service', async () => {
    // Prepare
    const pi = await machine();
    const files = await makersFiles();

    // Act
    const result = await pi.install('--config', files.config, '--certs', files.certs);

    // Assess
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(/warning/);
    expect(result.code).toBe(0);
    expect(await pi.mode('opt/babyfoot-bridge/babyfoot-bridge.cjs')).toBe('755');
    expect(await pi.mode('etc/babyfoot')).toBe('750');
    expect(await pi.mode('etc/babyfoot/bridge.json')).toBe('640');
    expect(await pi.mode('etc/babyfoot/private.pem.key')).toBe('640');
    const calls = await pi.calls();
    expect(calls[0]).toMatch(/^useradd --system .* babyfoot$/);
    expect(calls).toContain(`chown root:babyfoot ${join(pi.root, 'etc/babyfoot/private.pem.key')}`);
    expect(calls.filter((call) => call.startsWith('systemctl'))).toEqual([
      'systemctl daemon-reload',
      'systemctl enable babyfoot-bridge.service',
      'systemctl restart babyfoot-bridge.service',
    ]);
  });

  it('writes a hardened unit that waits for the network and the clock, with state and config directories', async () => {
    const pi = await machine();
    const files = await makersFiles();

    await pi.install('--config', files.config, '--certs', files.certs);
    const unit = await readFile(join(pi.root, 'etc/systemd/system/babyfoot-bridge.service'), 'utf8');

    const settings = unit.split('\n').filter((line) => /^[A-Za-z]+=/.test(line));
    expect(settings).toEqual(
      expect.arrayContaining([
        'After=network-online.target time-sync.target',
        'User=babyfoot',
        'SupplementaryGroups=gpio',
        `ExecStart=${process.execPath} /opt/babyfoot-bridge/babyfoot-bridge.cjs --config /etc/babyfoot/bridge.json`,
        'StateDirectory=babyfoot',
        'ConfigurationDirectory=babyfoot',
        'ConfigurationDirectoryMode=0750',
        'NoNewPrivileges=yes',
        'ProtectSystem=strict',
        'ProtectHome=yes',
        'RestartPreventExitStatus=2',
      ]),
    );
  });

  it('warns about an outbox the service could not write', async () => {
    const pi = await machine();
    const files = await makersFiles({ outboxDir: 'outbox' });

    const result = await pi.install('--config', files.config, '--certs', files.certs);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/warning: set "outboxDir": "\/var\/lib\/babyfoot\/outbox"/);
  });

  it('leaves the gpio group out of the unit on a machine that has none', async () => {
    const pi = await machine({ gpioGroup: false });
    const files = await makersFiles();

    const result = await pi.install('--config', files.config, '--certs', files.certs);
    const unit = await readFile(join(pi.root, 'etc/systemd/system/babyfoot-bridge.service'), 'utf8');

    expect(result.code).toBe(0);
    expect(unit).not.toMatch(/^SupplementaryGroups=/m);
  });

  it('refuses a bad bridge.json before starting anything, naming the field', async () => {
    const pi = await machine();
    const files = await makersFiles({ thingName: 'office table' });

    const result = await pi.install('--config', files.config, '--certs', files.certs);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/thingName: thing names may only hold/);
    expect((await pi.calls()).some((call) => call.startsWith('systemctl restart'))).toBe(false);
  });

  it('names the missing certificate when --certs was forgotten', async () => {
    const pi = await machine();
    const files = await makersFiles();

    const result = await pi.install('--config', files.config);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/caPath: .*etc\/babyfoot\/AmazonRootCA1\.pem: no such file/);
  });

  it('asks for a config on a first install, and for Node 18 on an older Node', async () => {
    const fresh = await machine();
    const oldNode = await machine({ node: 'v16.20.2' });
    const files = await makersFiles();

    const noConfig = await fresh.install();
    const tooOld = await oldNode.install('--config', files.config);

    expect(noConfig.code).not.toBe(0);
    expect(noConfig.stderr).toMatch(/run again with --config/);
    expect(tooOld.code).not.toBe(0);
    expect(tooOld.stderr).toMatch(/v16\.20\.2; the bridge needs Node\.js 18 or later/);
    expect(await oldNode.calls()).toEqual([]);
  });
});

describe('install.sh upgrade and uninstall', () => {
  async function installedPi(): Promise<Machine> {
    const pi = await machine();
    const files = await makersFiles();
    await pi.install('--config', files.config, '--certs', files.certs);
    // The service ran and left a goal waiting in its outbox.
    await mkdir(join(pi.root, 'var/lib/babyfoot/outbox'), { recursive: true });
    await writeFile(join(pi.root, 'var/lib/babyfoot/outbox/0001.goal.json'), '{}');
    return pi;
  }

  it('upgrades in place: same user, config and outbox, restarted on the new bundle', async () => {
    const pi = await installedPi();
    const config = await readFile(join(pi.root, 'etc/babyfoot/bridge.json'), 'utf8');
    await writeFile(pi.log, '');

    const result = await pi.install();

    expect(result.code).toBe(0);
    expect(await readFile(join(pi.root, 'etc/babyfoot/bridge.json'), 'utf8')).toBe(config);
    expect(await readFile(join(pi.root, 'var/lib/babyfoot/outbox/0001.goal.json'), 'utf8')).toBe('{}');
    const calls = await pi.calls();
    expect(calls.some((call) => call.startsWith('useradd'))).toBe(false);
    expect(calls).toContain('systemctl restart babyfoot-bridge.service');
  });

  it('uninstalls the service and keeps config and outbox', async () => {
    const pi = await installedPi();

    const result = await pi.install('--uninstall');

    expect(result.code).toBe(0);
    await expect(stat(join(pi.root, 'etc/systemd/system/babyfoot-bridge.service'))).rejects.toThrow();
    await expect(stat(join(pi.root, 'opt/babyfoot-bridge'))).rejects.toThrow();
    expect(await pi.mode('etc/babyfoot/bridge.json')).toBe('640');
    expect(await pi.mode('var/lib/babyfoot/outbox/0001.goal.json')).toBeTruthy();
    expect(await pi.calls()).toContain('systemctl disable --now babyfoot-bridge.service');
  });

  it('purges only once the unsent goals are sent or --force says so', async () => {
    const pi = await installedPi();

    const refused = await pi.install('--uninstall', '--purge');
    const forced = await pi.install('--uninstall', '--purge', '--force');

    expect(refused.code).toBe(3);
    expect(refused.stderr).toMatch(/holds 1 unsent goal/);
    expect(forced.code).toBe(0);
    await expect(stat(join(pi.root, 'etc/babyfoot'))).rejects.toThrow();
    await expect(stat(join(pi.root, 'var/lib/babyfoot'))).rejects.toThrow();
    expect(await pi.calls()).toContain('userdel babyfoot');
  });
});
