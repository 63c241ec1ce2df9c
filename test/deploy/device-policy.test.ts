import { describe, expect, it } from 'vitest';
import { tableTopics } from '../../device-bridge/src/mqtt/topics';
import {
  type DeviceConnection,
  globMatches,
  type IotRequest,
  isAllowed,
  policyDocumentSchema,
} from './support/iot-policy';
import {
  readStackTemplate,
  resolveString,
  resourcesOfType,
  type StackContext,
} from './support/stack-template';

const context: StackContext = {
  region: 'eu-west-1',
  accountId: '123456789012',
  parameters: { DevicePolicyName: 'babyfoot-table' },
};
const arn = (kind: string, name: string) =>
  `arn:aws:iot:${context.region}:${context.accountId}:${kind}/${name}`;

/** The tables' policy as IoT Core would hold it once deployed: `Fn::Sub` resolved, policy variables kept. */
function deployedTablePolicy() {
  const [policy, ...others] = resourcesOfType(readStackTemplate(), 'AWS::IoT::Policy');
  if (!policy || others.length > 0) throw new Error('the stack needs exactly one IoT policy');
  const resolve = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(resolve)
      : typeof value === 'object' && value !== null && !('Fn::Sub' in value) && !('Ref' in value)
        ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, resolve(inner)]))
        : resolveString(value, context);
  return policyDocumentSchema.parse(resolve(policy.Properties.PolicyDocument));
}

const policy = deployedTablePolicy();
const office = { clientId: 'babyfoot-office-1', thingName: 'babyfoot-office-1' };
const own = tableTopics('babyfoot-office-1');
const other = tableTopics('babyfoot-office-2');
const publishes = (topics: typeof own) => [
  topics.goal,
  topics.pairing,
  topics.shadowGet,
  topics.shadowUpdate,
];
const responses = (topics: typeof own) => [
  topics.shadowGetAccepted,
  topics.shadowGetRejected,
  topics.shadowUpdateAccepted,
  topics.shadowUpdateRejected,
  topics.shadowUpdateDelta,
];
const request = (
  action: IotRequest['action'],
  resource: string,
  connection: DeviceConnection = office,
): IotRequest => ({
  action,
  resource,
  connection,
});

describe('the tables’ IoT policy, evaluated on sample requests', () => {
  it('lets a table connect only with its own thing name as client ID, with its certificate attached', () => {
    expect(isAllowed(policy, request('iot:Connect', arn('client', 'babyfoot-office-1')))).toBe(true);
    expect(isAllowed(policy, request('iot:Connect', arn('client', 'babyfoot-office-2')))).toBe(false);
    expect(isAllowed(policy, request('iot:Connect', arn('client', 'anything')))).toBe(false);
    const detached = { clientId: 'babyfoot-office-1' };
    expect(isAllowed(policy, request('iot:Connect', arn('client', 'babyfoot-office-1'), detached))).toBe(
      false,
    );
  });

  it('lets a table publish its own events and shadow requests, nothing of another table', () => {
    for (const topic of publishes(own)) {
      expect(isAllowed(policy, request('iot:Publish', arn('topic', topic))), topic).toBe(true);
    }
    for (const topic of [
      ...publishes(other),
      ...responses(own),
      `$aws/things/babyfoot-office-1/shadow/delete`,
    ]) {
      expect(isAllowed(policy, request('iot:Publish', arn('topic', topic))), topic).toBe(false);
    }
  });

  it('lets a table subscribe to and receive only its own shadow responses', () => {
    for (const topic of responses(own)) {
      expect(isAllowed(policy, request('iot:Subscribe', arn('topicfilter', topic))), topic).toBe(true);
      expect(isAllowed(policy, request('iot:Receive', arn('topic', topic))), topic).toBe(true);
    }
    for (const topic of [...responses(other), other.goal, own.goal]) {
      expect(isAllowed(policy, request('iot:Subscribe', arn('topicfilter', topic))), topic).toBe(false);
      expect(isAllowed(policy, request('iot:Receive', arn('topic', topic))), topic).toBe(false);
    }
  });

  it('refuses MQTT wildcard subscriptions that would reach every table', () => {
    for (const filter of [
      '$aws/things/+/shadow/update/delta',
      '$aws/things/#',
      'babyfoot/+/events/goal',
      '#',
    ]) {
      expect(isAllowed(policy, request('iot:Subscribe', arn('topicfilter', filter))), filter).toBe(false);
    }
  });

  it('names no account or region wildcards and no other actions', () => {
    const actions = new Set(policy.Statement.flatMap((s) => s.Action));
    expect(actions).toEqual(new Set(['iot:Connect', 'iot:Publish', 'iot:Subscribe', 'iot:Receive']));
    for (const resource of policy.Statement.flatMap((s) => s.Resource)) {
      expect(resource.startsWith(`arn:aws:iot:${context.region}:${context.accountId}:`), resource).toBe(true);
      expect(resource.includes('*'), resource).toBe(false);
    }
  });
});

describe('the policy evaluator itself', () => {
  it('matches IoT wildcards and keeps MQTT wildcards literal', () => {
    expect(globMatches('topic/a/*', 'topic/a/b/c')).toBe(true);
    expect(globMatches('topic/a/?', 'topic/a/b')).toBe(true);
    expect(globMatches('topic/a/+', 'topic/a/b')).toBe(false);
    expect(globMatches('topic/a/+', 'topic/a/+')).toBe(true);
  });

  it('denies when a Deny matches, even with an Allow, and when nothing matches', () => {
    const document = policyDocumentSchema.parse({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: 'iot:*', Resource: arn('topic', '*') },
        { Effect: 'Deny', Action: 'iot:Publish', Resource: arn('topic', 'secret') },
      ],
    });
    expect(isAllowed(document, request('iot:Publish', arn('topic', 'open')))).toBe(true);
    expect(isAllowed(document, request('iot:Publish', arn('topic', 'secret')))).toBe(false);
    expect(isAllowed(document, request('iot:Connect', arn('client', 'x')))).toBe(false);
  });
});
