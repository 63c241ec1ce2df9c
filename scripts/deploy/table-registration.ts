import {
  AttachPolicyCommand,
  AttachThingPrincipalCommand,
  CreateKeysAndCertificateCommand,
  CreateThingCommand,
  DeleteCertificateCommand,
  DeleteConflictException,
  DeleteThingCommand,
  DescribeEndpointCommand,
  DescribeThingCommand,
  DetachPolicyCommand,
  DetachThingPrincipalCommand,
  ListThingPrincipalsCommand,
  ResourceNotFoundException,
  UpdateCertificateCommand,
} from '@aws-sdk/client-iot';
import { checkBridgeFolder, writeBridgeFiles } from './bridge-files';
import { choosePort, type PortChoice, type PortProbe, type TablePort } from './broker-port';
import {
  certificateIdOf,
  certificateSchema,
  endpointSchema,
  type IotControlPlane,
  principalsSchema,
  thingNameOf,
} from './iot-control-plane';

export interface AddTableOptions {
  /** e.g. `office-1`; the thing is `babyfoot-office-1`. */
  tableName: string;
  /** The IoT policy the stack created (`DevicePolicyName`). */
  policyName: string;
  /** Where the bridge's config and certificate files go; must be outside `projectRoot`. */
  folder: string;
  projectRoot: string;
  /** The port the bridge connects to, or `auto`: found with `probe` from this computer (default 8883). */
  port?: TablePort | 'auto';
  /** Probes IoT Core's ports for `port: 'auto'`. */
  probe?: PortProbe;
}

export interface AddedTable {
  thingName: string;
  certificateArn: string;
  configFile: string;
  /** The port written in bridge.json and why. */
  port: PortChoice;
}

export class TableExistsError extends Error {
  constructor(readonly thingName: string) {
    super(`The thing ${thingName} already exists: npm run table:remove first, or pick another name`);
    this.name = 'TableExistsError';
  }
}

export class TableNotFoundError extends Error {
  constructor(
    readonly thingName: string,
    options?: { cause?: unknown },
  ) {
    super(`There is no thing ${thingName} in this account and region`, options);
    this.name = 'TableNotFoundError';
  }
}

/**
 * Registers a table: its thing, a certificate with the tables' policy, attached to the thing,
 * then writes the bridge's files. If a step fails, the steps already done are undone, so a
 * failed run leaves no certificate behind.
 */
export async function addTable(iot: IotControlPlane, options: AddTableOptions): Promise<AddedTable> {
  const thingName = thingNameOf(options.tableName);
  checkBridgeFolder(options.folder, options.projectRoot);
  if (await thingExists(iot, thingName)) throw new TableExistsError(thingName);
  const { endpointAddress } = endpointSchema.parse(
    await iot.send(new DescribeEndpointCommand({ endpointType: 'iot:Data-ATS' })),
  );

  const undo: Array<() => Promise<unknown>> = [];
  try {
    await iot.send(new CreateThingCommand({ thingName }));
    undo.push(() => iot.send(new DeleteThingCommand({ thingName })));
    const certificate = certificateSchema.parse(
      await iot.send(new CreateKeysAndCertificateCommand({ setAsActive: true })),
    );
    const { certificateArn, certificateId } = certificate;
    undo.push(async () => {
      await iot.send(new UpdateCertificateCommand({ certificateId, newStatus: 'INACTIVE' }));
      await iot.send(new DeleteCertificateCommand({ certificateId }));
    });
    await iot.send(new AttachPolicyCommand({ policyName: options.policyName, target: certificateArn }));
    undo.push(() =>
      iot.send(new DetachPolicyCommand({ policyName: options.policyName, target: certificateArn })),
    );
    await iot.send(new AttachThingPrincipalCommand({ thingName, principal: certificateArn }));
    undo.push(() => iot.send(new DetachThingPrincipalCommand({ thingName, principal: certificateArn })));
    const port = await choosePort(endpointAddress, options.port ?? 8883, options.probe);
    const configFile = writeBridgeFiles(options.folder, {
      thingName,
      endpointAddress,
      certificatePem: certificate.certificatePem,
      privateKey: certificate.keyPair.PrivateKey,
      port: port.port,
    });
    return { thingName, certificateArn, configFile, port };
  } catch (error) {
    for (const step of undo.reverse()) await step().catch(() => undefined);
    throw error;
  }
}

export interface RemoveTableOptions {
  tableName: string;
  policyName: string;
  /** Waits between tries while IoT Core still sees a detached certificate as attached. */
  sleep?: (ms: number) => Promise<void>;
}

/** Undoes `addTable`: each certificate detached, deactivated and deleted, then the thing. */
export async function removeTable(iot: IotControlPlane, options: RemoveTableOptions): Promise<string[]> {
  const thingName = thingNameOf(options.tableName);
  const sleep = options.sleep ?? ((ms: number) => new Promise((done) => setTimeout(done, ms)));
  let principals: string[];
  try {
    ({ principals } = principalsSchema.parse(await iot.send(new ListThingPrincipalsCommand({ thingName }))));
  } catch (error) {
    if (error instanceof ResourceNotFoundException) throw new TableNotFoundError(thingName, { cause: error });
    throw error;
  }
  for (const principal of principals) {
    await ignoringNotFound(
      iot.send(new DetachPolicyCommand({ policyName: options.policyName, target: principal })),
    );
    await iot.send(new DetachThingPrincipalCommand({ thingName, principal }));
    const certificateId = certificateIdOf(principal);
    await iot.send(new UpdateCertificateCommand({ certificateId, newStatus: 'INACTIVE' }));
    // Detaching is eventually consistent: DeleteCertificate may still see the thing for a moment.
    for (let attempt = 1; ; attempt++) {
      try {
        await iot.send(new DeleteCertificateCommand({ certificateId }));
        break;
      } catch (error) {
        if (!(error instanceof DeleteConflictException) || attempt >= 5) throw error;
        await sleep(1000 * attempt);
      }
    }
  }
  await iot.send(new DeleteThingCommand({ thingName }));
  return principals;
}

async function thingExists(iot: IotControlPlane, thingName: string): Promise<boolean> {
  try {
    await iot.send(new DescribeThingCommand({ thingName }));
    return true;
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return false;
    throw error;
  }
}

async function ignoringNotFound(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
}
