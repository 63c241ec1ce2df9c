import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { rootCertificates } from 'node:tls';

/** File names inside a table's folder; `bridge.json` refers to the others relatively. */
export const BRIDGE_FILES = {
  config: 'bridge.json',
  certificate: 'device.pem.crt',
  privateKey: 'private.pem.key',
  rootCa: 'AmazonRootCA1.pem',
} as const;

/** Where `table:add` writes a table's files unless told otherwise: outside any repository. */
export function defaultTableFolder(tableName: string): string {
  return join(homedir(), '.babyfoot', 'tables', tableName);
}

/** What a table's bridge needs to reach IoT Core. */
export interface BridgeCredentials {
  thingName: string;
  /** The account's `iot:Data-ATS` endpoint address. */
  endpointAddress: string;
  certificatePem: string;
  privateKey: string;
  /** 443: IoT Core over ALPN `x-amzn-mqtt-ca`, written as `"port": 443`; default 8883. */
  port?: 8883 | 443;
}

export class BridgeFolderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BridgeFolderError';
  }
}

/**
 * Refuses a folder inside the project (a private key must never be committed) or one that
 * already holds a table's config (it would overwrite the keys of a registered table).
 */
export function checkBridgeFolder(folder: string, projectRoot: string): void {
  const inside = relative(resolve(projectRoot), resolve(folder));
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new BridgeFolderError(
      `${folder} is inside the project: keys must never be written into the repository`,
    );
  }
  if (existsSync(join(folder, BRIDGE_FILES.config))) {
    throw new BridgeFolderError(
      `${join(folder, BRIDGE_FILES.config)} already exists: remove it or use --out`,
    );
  }
}

/**
 * Amazon Root CA 1, which signs IoT Core's ATS endpoints, from the CA store Node ships with,
 * so nothing is downloaded.
 */
export function amazonRootCa1(): string {
  const pem = rootCertificates.find((candidate) =>
    new X509Certificate(candidate).subject.split('\n').includes('CN=Amazon Root CA 1'),
  );
  if (pem === undefined) throw new Error('Amazon Root CA 1 is not in the CA store of this Node.js');
  return pem;
}

/**
 * Writes the bridge's config with its certificate, key (readable by its owner only) and CA.
 * Sensors default to the README's wiring: GPIO17 in red's goal, GPIO27 in blue's.
 */
export function writeBridgeFiles(folder: string, credentials: BridgeCredentials): string {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  writeFileSync(join(folder, BRIDGE_FILES.certificate), credentials.certificatePem);
  const keyFile = join(folder, BRIDGE_FILES.privateKey);
  writeFileSync(keyFile, credentials.privateKey, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  writeFileSync(join(folder, BRIDGE_FILES.rootCa), amazonRootCa1());
  const config = {
    thingName: credentials.thingName,
    ...(credentials.port === 443
      ? { endpoint: `mqtts://${credentials.endpointAddress}`, port: 443 }
      : { endpoint: `mqtts://${credentials.endpointAddress}:8883` }),
    caPath: BRIDGE_FILES.rootCa,
    certPath: BRIDGE_FILES.certificate,
    keyPath: BRIDGE_FILES.privateKey,
    outboxDir: 'outbox',
    sensors: {
      driver: 'gpio',
      red: { gpioLine: 17, chip: 'gpiochip0', credits: 'blue', cutLevel: 'low' },
      blue: { gpioLine: 27, chip: 'gpiochip0', credits: 'red', cutLevel: 'low' },
    },
  };
  const configFile = join(folder, BRIDGE_FILES.config);
  writeFileSync(configFile, `${JSON.stringify(config, null, 2)}\n`);
  return configFile;
}
