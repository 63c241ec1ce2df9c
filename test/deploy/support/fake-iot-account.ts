import {
  AttachPolicyCommand,
  AttachThingPrincipalCommand,
  CertificateStateException,
  CreateKeysAndCertificateCommand,
  CreateThingCommand,
  DeleteCertificateCommand,
  DeleteConflictException,
  DeleteThingCommand,
  DescribeEndpointCommand,
  DescribeThingCommand,
  DetachPolicyCommand,
  DetachThingPrincipalCommand,
  InvalidRequestException,
  ListThingPrincipalsCommand,
  ResourceNotFoundException,
  UpdateCertificateCommand,
} from '@aws-sdk/client-iot';
import type { IotControlPlane, TableCommand } from '../../../scripts/deploy/iot-control-plane';

interface FakeCertificate {
  arn: string;
  status: 'ACTIVE' | 'INACTIVE';
  policies: Set<string>;
}

const meta = { $metadata: {} };
const notFound = (what: string) => new ResourceNotFoundException({ message: `${what} not found`, ...meta });

/**
 * An IoT account in memory, with the rules of IoT Core that adding and removing a table run
 * into: a policy must exist to be attached, an active or attached certificate cannot be
 * deleted, a thing with principals cannot be deleted. Records every command sent.
 */
export class FakeIotAccount implements IotControlPlane {
  readonly sent: Array<{ command: string; input: object }> = [];
  readonly things = new Map<string, Set<string>>();
  readonly certificates = new Map<string, FakeCertificate>();
  /** Commands that fail once (by class name), e.g. to check that a failed run cleans up. */
  readonly failOnce = new Map<string, Error>();
  private nextCertificate = 0xc0ffee;

  constructor(
    readonly policies: ReadonlySet<string>,
    readonly endpointAddress = 'a1b2c3d4e5f6g7-ats.iot.eu-west-1.amazonaws.com',
  ) {}

  async send(command: TableCommand): Promise<unknown> {
    const name = command.constructor.name;
    this.sent.push({ command: name, input: command.input });
    const failure = this.failOnce.get(name);
    if (failure) {
      this.failOnce.delete(name);
      throw failure;
    }
    return this.apply(command);
  }

  private apply(command: TableCommand): unknown {
    if (command instanceof DescribeEndpointCommand) return { endpointAddress: this.endpointAddress };
    if (command instanceof DescribeThingCommand) {
      this.thing(command.input.thingName);
      return { thingName: command.input.thingName };
    }
    if (command instanceof CreateThingCommand) {
      this.things.set(command.input.thingName ?? '', new Set());
      return { thingName: command.input.thingName };
    }
    if (command instanceof CreateKeysAndCertificateCommand) {
      const certificateId = (this.nextCertificate++).toString(16).padStart(64, '0');
      const arn = `arn:aws:iot:eu-west-1:123456789012:cert/${certificateId}`;
      this.certificates.set(certificateId, { arn, status: 'ACTIVE', policies: new Set() });
      return {
        certificateArn: arn,
        certificateId,
        certificatePem: `-----BEGIN CERTIFICATE-----\n${certificateId}\n-----END CERTIFICATE-----\n`,
        keyPair: {
          PublicKey: 'public',
          PrivateKey: `-----BEGIN RSA PRIVATE KEY-----\n${certificateId}\n-----END RSA PRIVATE KEY-----\n`,
        },
      };
    }
    if (command instanceof AttachPolicyCommand) {
      if (!this.policies.has(command.input.policyName ?? ''))
        throw notFound(`policy ${command.input.policyName}`);
      this.certificateByArn(command.input.target).policies.add(command.input.policyName ?? '');
      return {};
    }
    if (command instanceof DetachPolicyCommand) {
      this.certificateByArn(command.input.target).policies.delete(command.input.policyName ?? '');
      return {};
    }
    if (command instanceof AttachThingPrincipalCommand) {
      this.thing(command.input.thingName).add(command.input.principal ?? '');
      return {};
    }
    if (command instanceof DetachThingPrincipalCommand) {
      this.thing(command.input.thingName).delete(command.input.principal ?? '');
      return {};
    }
    if (command instanceof ListThingPrincipalsCommand)
      return { principals: [...this.thing(command.input.thingName)] };
    if (command instanceof UpdateCertificateCommand) {
      this.certificate(command.input.certificateId).status =
        command.input.newStatus === 'ACTIVE' ? 'ACTIVE' : 'INACTIVE';
      return {};
    }
    if (command instanceof DeleteCertificateCommand) {
      const certificate = this.certificate(command.input.certificateId);
      if (certificate.status === 'ACTIVE')
        throw new CertificateStateException({ message: 'active', ...meta });
      const attached = [...this.things.values()].some((principals) => principals.has(certificate.arn));
      if (attached) throw new DeleteConflictException({ message: 'attached to a thing', ...meta });
      this.certificates.delete(command.input.certificateId ?? '');
      return {};
    }
    if (command instanceof DeleteThingCommand) {
      if (this.thing(command.input.thingName).size > 0)
        throw new InvalidRequestException({ message: 'has principals', ...meta });
      this.things.delete(command.input.thingName ?? '');
      return {};
    }
    throw new Error('FakeIotAccount does not know this command');
  }

  private thing(name: string | undefined): Set<string> {
    const principals = this.things.get(name ?? '');
    if (!principals) throw notFound(`thing ${name}`);
    return principals;
  }

  private certificate(id: string | undefined): FakeCertificate {
    const certificate = this.certificates.get(id ?? '');
    if (!certificate) throw notFound(`certificate ${id}`);
    return certificate;
  }

  private certificateByArn(arn: string | undefined): FakeCertificate {
    const found = [...this.certificates.values()].find((certificate) => certificate.arn === arn);
    if (!found) throw notFound(`certificate ${arn}`);
    return found;
  }
}
