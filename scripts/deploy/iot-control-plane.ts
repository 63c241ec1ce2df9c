import type {
  AttachPolicyCommand,
  AttachThingPrincipalCommand,
  CreateKeysAndCertificateCommand,
  CreateThingCommand,
  DeleteCertificateCommand,
  DeleteThingCommand,
  DescribeEndpointCommand,
  DescribeThingCommand,
  DetachPolicyCommand,
  DetachThingPrincipalCommand,
  ListThingPrincipalsCommand,
  UpdateCertificateCommand,
} from '@aws-sdk/client-iot';
import { z } from 'zod';

/** The IoT control-plane commands that adding and removing a table send. */
export type TableCommand =
  | DescribeEndpointCommand
  | DescribeThingCommand
  | CreateThingCommand
  | CreateKeysAndCertificateCommand
  | AttachPolicyCommand
  | AttachThingPrincipalCommand
  | ListThingPrincipalsCommand
  | DetachPolicyCommand
  | DetachThingPrincipalCommand
  | UpdateCertificateCommand
  | DeleteCertificateCommand
  | DeleteThingCommand;

/** What the scripts need of an `IoTClient`; tests pass a fake that records the commands. */
export interface IotControlPlane {
  send(command: TableCommand): Promise<unknown>;
}

/** Every table is a thing named `babyfoot-<name>`: the Lambda role may only touch those shadows. */
export const THING_PREFIX = 'babyfoot-';

/** The template's `DevicePolicyName` default: the IoT policy each table's certificate gets. */
export const DEFAULT_DEVICE_POLICY = 'babyfoot-table';

export const endpointSchema = z.object({ endpointAddress: z.string().min(1) });

export const certificateSchema = z.object({
  certificateArn: z.string().min(1),
  certificateId: z.string().min(1),
  certificatePem: z.string().min(1),
  keyPair: z.object({ PrivateKey: z.string().min(1) }),
});

export const principalsSchema = z.object({ principals: z.array(z.string()).default([]) });

/** The certificate ID at the end of a certificate ARN (`arn:aws:iot:…:cert/<id>`). */
export function certificateIdOf(certificateArn: string): string {
  const id = /:cert\/([0-9a-f]+)$/.exec(certificateArn)?.[1];
  if (id === undefined) throw new Error(`Not a certificate ARN: ${certificateArn}`);
  return id;
}

/** The thing name of a table name, checked: `office-1` → `babyfoot-office-1`. */
export function thingNameOf(tableName: string): string {
  if (!/^[a-zA-Z0-9_-]{1,100}$/.test(tableName)) {
    throw new InvalidTableNameError(tableName);
  }
  return tableName.startsWith(THING_PREFIX) ? tableName : `${THING_PREFIX}${tableName}`;
}

export class InvalidTableNameError extends Error {
  constructor(readonly tableName: string) {
    super(`"${tableName}" is not a table name: use letters, digits, "-" and "_" (e.g. office-1)`);
    this.name = 'InvalidTableNameError';
  }
}
