import { describe, expect, it } from 'vitest';
import { presenceUpdate, TABLE_CLIENT_PREFIX } from '../../local/iot/presence';
import {
  readStackTemplate,
  referencedId,
  resourcesOfType,
  type StackResource,
} from './support/stack-template';

const template = readStackTemplate();
const rules = resourcesOfType(template, 'AWS::IoT::TopicRule').filter((rule) =>
  rule.logicalId.startsWith('Presence'),
);

function record(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error('expected an object');
  return Object.fromEntries(Object.entries(value));
}

function payloadOf(rule: StackResource) {
  const payload = record(rule.Properties.TopicRulePayload);
  const actions = Array.isArray(payload.Actions) ? payload.Actions.map(record) : [];
  return { sql: String(payload.Sql), payload, actions };
}

function ruleFor(eventType: 'connected' | 'disconnected') {
  const rule = rules.find((r) => payloadOf(r).sql.includes(`FROM '$aws/events/presence/${eventType}/+'`));
  if (!rule) throw new Error(`no presence rule for ${eventType}`);
  return payloadOf(rule);
}

/** The SELECT's object literal as the rule would publish it, `timestamp` being `at`. */
function publishedBy(sql: string, at: number): unknown {
  const literal = /^SELECT (\{.*\}) AS state FROM /.exec(sql)?.[1];
  if (!literal) throw new Error(`unexpected SQL ${sql}`);
  return { state: JSON.parse(literal.replaceAll("'", '"').replaceAll('timestamp', String(at))) };
}

describe('the presence rules of the template', () => {
  it('republish each lifecycle event of a table to its shadow, as the local IoT Core does', () => {
    const connected = ruleFor('connected');
    const disconnected = ruleFor('disconnected');

    expect(rules).toHaveLength(2);
    expect(publishedBy(connected.sql, 1234)).toEqual(
      presenceUpdate({ eventType: 'connected', timestamp: 1234 }),
    );
    expect(publishedBy(disconnected.sql, 99)).toEqual(
      presenceUpdate({ eventType: 'disconnected', timestamp: 99, disconnectReason: 'CONNECTION_LOST' }),
    );
    expect(disconnected.sql).toContain("disconnectReason <> 'DUPLICATE_CLIENTID'");
    expect(
      presenceUpdate({ eventType: 'disconnected', timestamp: 99, disconnectReason: 'DUPLICATE_CLIENTID' }),
    ).toBeUndefined();
    for (const rule of [connected, disconnected]) {
      expect(rule.sql).toContain(`WHERE startswith(clientId, '${TABLE_CLIENT_PREFIX}')`);
      expect(rule.payload.AwsIotSqlVersion).toBe('2016-03-23');
      expect(rule.payload.RuleDisabled).toBe(false);
      expect(rule.actions).toHaveLength(1);
      expect(record(rule.actions[0]?.Republish)).toMatchObject({
        // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation and IoT substitutions, not JavaScript templates
        Topic: '$$aws/things/${clientId}/shadow/update',
        Qos: 1,
      });
    }
  });

  it('may publish to the shadow update topic of babyfoot-* things only, and keep what failed', () => {
    const roleIds = new Set(
      rules.map((rule) => referencedId(record(payloadOf(rule).actions[0]?.Republish).RoleArn)),
    );
    const [roleId] = [...roleIds];
    const role = resourcesOfType(template, 'AWS::IAM::Role').find((r) => r.logicalId === roleId);
    const policies = Array.isArray(role?.Properties.Policies) ? role.Properties.Policies.map(record) : [];
    const statements = policies.flatMap((policy) => {
      const statement = record(policy.PolicyDocument).Statement;
      return Array.isArray(statement) ? statement.map(record) : [];
    });

    expect(roleIds.size).toBe(1);
    expect(statements).toEqual([
      {
        Effect: 'Allow',
        Action: ['iot:Publish'],
        Resource: {
          'Fn::Sub':
            // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation and IoT substitutions, not JavaScript templates
            'arn:aws:iot:${AWS::Region}:${AWS::AccountId}:topic/$aws/things/babyfoot-*/shadow/update',
        },
      },
    ]);
    for (const rule of rules) {
      const errorAction = record(record(payloadOf(rule).payload.ErrorAction).Sqs);
      expect(referencedId(errorAction.QueueUrl)).toBe('UndeliveredEventQueue');
    }
  });
});
