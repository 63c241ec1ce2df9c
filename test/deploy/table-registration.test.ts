import { X509Certificate } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvalidRequestException } from '@aws-sdk/client-iot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { brokerPort, loadBridgeConfig } from '../../device-bridge/src/config';
import { BridgeFolderError } from '../../scripts/deploy/bridge-files';
import { choosePort, tcpProbe } from '../../scripts/deploy/broker-port';
import { DEFAULT_DEVICE_POLICY, InvalidTableNameError } from '../../scripts/deploy/iot-control-plane';
import {
  addTable,
  removeTable,
  TableExistsError,
  TableNotFoundError,
} from '../../scripts/deploy/table-registration';
import { FakeIotAccount } from './support/fake-iot-account';
import { PROJECT_ROOT, readStackTemplate } from './support/stack-template';

let home: string;
let account: FakeIotAccount;
const policyName = DEFAULT_DEVICE_POLICY;
const options = () => ({
  tableName: 'office-1',
  policyName,
  folder: join(home, 'office-1'),
  projectRoot: PROJECT_ROOT,
});
const commands = () => account.sent.map((call) => call.command);

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'babyfoot-tables-'));
  account = new FakeIotAccount(new Set([policyName]));
});

afterEach(() => rmSync(home, { recursive: true, force: true }));

describe('npm run table:add', () => {
  it('registers the thing with a certificate carrying the tables’ policy, and writes a config the bridge loads', async () => {
    const added = await addTable(account, options());

    expect(commands()).toEqual([
      'DescribeThingCommand',
      'DescribeEndpointCommand',
      'CreateThingCommand',
      'CreateKeysAndCertificateCommand',
      'AttachPolicyCommand',
      'AttachThingPrincipalCommand',
    ]);
    expect(account.sent[1]?.input).toEqual({ endpointType: 'iot:Data-ATS' });
    expect(account.sent[3]?.input).toEqual({ setAsActive: true });
    expect(added.thingName).toBe('babyfoot-office-1');
    expect(account.things.get('babyfoot-office-1')).toEqual(new Set([added.certificateArn]));
    expect([...account.certificates.values()][0]?.policies).toEqual(new Set([policyName]));

    const config = await loadBridgeConfig(added.configFile);
    expect(config.thingName).toBe('babyfoot-office-1');
    expect(config.endpoint).toBe(`mqtts://${account.endpointAddress}:8883`);
    expect(config.sensors.driver).toBe('gpio');
    expect(readFileSync(config.certPath ?? '', 'utf8')).toContain('BEGIN CERTIFICATE');
    expect(readFileSync(config.keyPath ?? '', 'utf8')).toContain('PRIVATE KEY');
    expect(statSync(config.keyPath ?? '').mode & 0o077).toBe(0);
    expect(new X509Certificate(readFileSync(config.caPath ?? '')).subject).toContain('CN=Amazon Root CA 1');
    expect(config.outboxDir).toBe(join(home, 'office-1', 'outbox'));
  });

  it('writes "port": 443 when 8883 does not answer from here and 443 does (an office network)', async () => {
    const probed: number[] = [];
    const officeNetwork = async (_host: string, port: number) => {
      probed.push(port);
      return port === 443;
    };

    const added = await addTable(account, { ...options(), port: 'auto', probe: officeNetwork });

    const config = await loadBridgeConfig(added.configFile);
    expect(probed).toEqual([8883, 443]);
    expect(JSON.parse(readFileSync(added.configFile, 'utf8'))).toMatchObject({
      endpoint: `mqtts://${account.endpointAddress}`,
      port: 443,
    });
    expect(brokerPort(config)).toBe(443);
    expect(added.port.note).toMatch(/8883 does not answer from here but 443 does/);
  });

  it('keeps 8883 when it answers, when neither answers, and takes the port asked for without probing', async () => {
    const open = (ports: number[]) => async (_host: string, port: number) => ports.includes(port);
    const never = async () => {
      throw new Error('probed');
    };

    expect((await choosePort('iot', 'auto', open([8883, 443]))).port).toBe(8883);
    const blocked = await choosePort('iot', 'auto', open([]));
    expect(blocked.port).toBe(8883);
    expect(blocked.note).toMatch(/--port 443/);
    expect((await choosePort('iot', 443, never)).port).toBe(443);
  });

  it('probes a port by opening a TCP connection to it', async () => {
    const server = createServer((socket) => socket.destroy());
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
    const address = server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;

    const open = await tcpProbe('127.0.0.1', port, 1000);
    await new Promise((closed) => server.close(closed));
    const shut = await tcpProbe('127.0.0.1', port, 1000);

    expect(open).toBe(true);
    expect(shut).toBe(false);
  });

  it('uses the policy name the stack creates by default', () => {
    expect(readStackTemplate().Parameters.DevicePolicyName?.Default).toBe(DEFAULT_DEVICE_POLICY);
  });

  it('refuses to write keys into the repository, before calling AWS', async () => {
    await expect(addTable(account, { ...options(), folder: join(PROJECT_ROOT, 'tables') })).rejects.toThrow(
      BridgeFolderError,
    );
    expect(account.sent).toEqual([]);
  });

  it('refuses a name that would not make a thing name, and a table that exists', async () => {
    await expect(addTable(account, { ...options(), tableName: 'office 1' })).rejects.toThrow(
      InvalidTableNameError,
    );
    account.things.set('babyfoot-office-1', new Set());

    await expect(addTable(account, options())).rejects.toThrow(TableExistsError);
    expect(commands()).toEqual(['DescribeThingCommand']);
  });

  it('undoes every step when one fails, leaving no certificate, thing or file', async () => {
    account.failOnce.set(
      'AttachThingPrincipalCommand',
      new InvalidRequestException({ message: 'no', $metadata: {} }),
    );

    await expect(addTable(account, options())).rejects.toThrow(InvalidRequestException);

    expect(account.things.size).toBe(0);
    expect(account.certificates.size).toBe(0);
    expect(existsSync(join(home, 'office-1', 'bridge.json'))).toBe(false);
  });

  it('says so when the stack’s policy is not there (ask deploy not run), and cleans up', async () => {
    await expect(addTable(account, { ...options(), policyName: 'missing' })).rejects.toThrow(
      /policy missing/,
    );
    expect(account.things.size).toBe(0);
    expect(account.certificates.size).toBe(0);
  });
});

describe('npm run table:remove', () => {
  it('undoes table:add: certificate detached, deactivated and deleted, then the thing', async () => {
    const added = await addTable(account, options());
    account.sent.length = 0;

    const removed = await removeTable(account, { tableName: 'office-1', policyName });

    expect(removed).toEqual([added.certificateArn]);
    expect(commands()).toEqual([
      'ListThingPrincipalsCommand',
      'DetachPolicyCommand',
      'DetachThingPrincipalCommand',
      'UpdateCertificateCommand',
      'DeleteCertificateCommand',
      'DeleteThingCommand',
    ]);
    expect(account.things.size).toBe(0);
    expect(account.certificates.size).toBe(0);
  });

  it('retries deleting a certificate IoT Core still sees as attached', async () => {
    await addTable(account, options());
    const { DeleteConflictException } = await import('@aws-sdk/client-iot');
    account.failOnce.set(
      'DeleteCertificateCommand',
      new DeleteConflictException({ message: 'busy', $metadata: {} }),
    );
    const waits: number[] = [];

    await removeTable(account, {
      tableName: 'office-1',
      policyName,
      sleep: async (ms) => void waits.push(ms),
    });

    expect(waits).toEqual([1000]);
    expect(account.certificates.size).toBe(0);
  });

  it('names the thing it could not find', async () => {
    await expect(removeTable(account, { tableName: 'office-9', policyName })).rejects.toThrow(
      TableNotFoundError,
    );
  });
});
