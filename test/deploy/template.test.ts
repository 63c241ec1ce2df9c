import { describe, expect, it } from 'vitest';
import { tableTopics } from '../../device-bridge/src/mqtt/topics';
import { TABLE_DEFINITION } from '../../lambda/src/store/table-layout';
import { envReadsOfCode, iamActionsOfCode } from './support/code-scan';
import {
  PROJECT_ROOT,
  readAskResources,
  readStackTemplate,
  referencedId,
  resourcesOfType,
  type StackResource,
} from './support/stack-template';

const template = readStackTemplate();
const { userConfig } = readAskResources().profiles.default.skillInfrastructure;
const functions = resourcesOfType(template, 'AWS::Lambda::Function');
const permissions = resourcesOfType(template, 'AWS::Lambda::Permission');
const topicRules = resourcesOfType(template, 'AWS::IoT::TopicRule');

/** The parameters ask-cli's cfn-deployer passes to every stack it deploys. */
const ASK_CLI_PARAMETERS = [
  'SkillId',
  'LambdaRuntime',
  'LambdaHandler',
  'CodeBucket',
  'CodeKey',
  'CodeVersion',
];
/** Variables the Lambda runtime sets by itself (a template may not set them). */
const RUNTIME_VARIABLES = new Set(['AWS_REGION']);
/** Variables for the runtime, not read by the code. */
const PLATFORM_VARIABLES = new Set(['NODE_OPTIONS']);
/** What the platform needs besides the code: writing logs, the on-failure destination. */
const PLATFORM_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents', 'sqs:SendMessage'];

function propertyOf(resource: StackResource, name: string): unknown {
  return resource.Properties[name];
}

function permissionsOf(fn: StackResource): StackResource[] {
  return permissions.filter((p) => referencedId(propertyOf(p, 'FunctionName')) === fn.logicalId);
}

function asRecord(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  }
  return Object.fromEntries(Object.entries(value));
}

function ruleOf(rule: StackResource) {
  const payload = asRecord(propertyOf(rule, 'TopicRulePayload'));
  const actions = Array.isArray(payload.Actions) ? payload.Actions.map(asRecord) : [];
  return { payload, actions };
}

function skillFunction(): StackResource {
  const id = referencedId(template.Outputs.SkillEndpoint?.Value);
  const fn = functions.find((f) => f.logicalId === id);
  if (!fn) throw new Error('SkillEndpoint must be the ARN of a function of the stack');
  return fn;
}

describe('the CloudFormation template, as ask deploy uses it', () => {
  it('declares every parameter ask-cli passes, and ask-resources.json passes only declared, unreserved ones', () => {
    const declared = Object.keys(template.Parameters);
    expect(declared).toEqual(expect.arrayContaining(ASK_CLI_PARAMETERS));
    const own = Object.keys(userConfig.cfn?.parameters ?? {});
    for (const name of own) {
      expect(declared, name).toContain(name);
      expect(ASK_CLI_PARAMETERS, name).not.toContain(name);
    }
    const unset = declared.filter(
      (name) =>
        template.Parameters[name]?.Default === undefined &&
        !ASK_CLI_PARAMETERS.includes(name) &&
        !own.includes(name),
    );
    expect(unset).toEqual([]);
  });

  it('outputs SkillEndpoint, the skill function on nodejs22.x, arm64, answering within Alexa’s 8 seconds', () => {
    const skill = skillFunction();
    expect(userConfig.runtime).toBe('nodejs22.x');
    expect(propertyOf(skill, 'Runtime')).toEqual({ Ref: 'LambdaRuntime' });
    expect(propertyOf(skill, 'Handler')).toEqual({ Ref: 'LambdaHandler' });
    expect(propertyOf(skill, 'Architectures')).toEqual(['arm64']);
    expect(Number(propertyOf(skill, 'Timeout'))).toBeLessThan(8);
  });

  it('lets only this skill invoke the skill function', () => {
    const granted = permissionsOf(skillFunction());
    expect(granted).toHaveLength(1);
    expect(granted[0]?.Properties).toMatchObject({
      Action: 'lambda:InvokeFunction',
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: 'SkillId' },
    });
  });

  it('runs every function on the code ask-cli uploaded, on arm64 and the configured runtime', () => {
    expect(functions.map((f) => f.logicalId).sort()).toEqual([
      'GoalEventFunction',
      'PairingEventFunction',
      'SkillFunction',
    ]);
    for (const fn of functions) {
      expect(fn.Properties, fn.logicalId).toMatchObject({
        Runtime: { Ref: 'LambdaRuntime' },
        Architectures: ['arm64'],
        Code: {
          S3Bucket: { Ref: 'CodeBucket' },
          S3Key: { Ref: 'CodeKey' },
          S3ObjectVersion: { Ref: 'CodeVersion' },
        },
      });
    }
  });

  it('lets only this account’s topic rule invoke each event function', () => {
    for (const fn of functions.filter((f) => f.logicalId !== skillFunction().logicalId)) {
      const granted = permissionsOf(fn);
      expect(granted, fn.logicalId).toHaveLength(1);
      const permission = granted[0]?.Properties ?? {};
      expect(permission).toMatchObject({
        Action: 'lambda:InvokeFunction',
        Principal: 'iot.amazonaws.com',
        SourceAccount: { Ref: 'AWS::AccountId' },
      });
      const rule = topicRules.find((r) => r.logicalId === referencedId(permission.SourceArn));
      if (!rule) throw new Error(`${fn.logicalId}: SourceArn must be a topic rule of the stack`);
      expect(ruleOf(rule).actions.map((a) => referencedId(asRecord(a.Lambda).FunctionArn))).toEqual([
        fn.logicalId,
      ]);
    }
  });

  it('feeds each device event topic of the contract to its entry, with the thing name from the topic', () => {
    const topics = tableTopics('babyfoot-office-1');
    const handlers: Record<string, string> = {};
    for (const rule of topicRules) {
      const { payload, actions } = ruleOf(rule);
      const sql = /^SELECT \*, topic\(2\) AS thingName FROM '([^']+)'$/.exec(String(payload.Sql));
      if (!sql?.[1]) throw new Error(`${rule.logicalId}: unexpected SQL ${String(payload.Sql)}`);
      expect(payload.AwsIotSqlVersion).toBe('2016-03-23');
      expect(payload.RuleDisabled).toBe(false);
      const fn = functions.find(
        (f) => f.logicalId === referencedId(asRecord(actions[0]?.Lambda).FunctionArn),
      );
      handlers[sql[1]] = String(fn ? propertyOf(fn, 'Handler') : undefined);
    }
    expect(handlers).toEqual({
      'babyfoot/+/events/goal': 'index.goalEventHandler',
      'babyfoot/+/events/pairing': 'index.pairingEventHandler',
    });
    // The table publishes on babyfoot/<thing>/events/…: level 2 of the topic is its thing name.
    expect(topics.goal.split('/')[1]).toBe('babyfoot-office-1');
    expect(topics.goal.replace('babyfoot-office-1', '+')).toBe('babyfoot/+/events/goal');
    expect(topics.pairing.replace('babyfoot-office-1', '+')).toBe('babyfoot/+/events/pairing');
  });

  it('keeps an event no function could process: rule error actions and on-failure destinations', () => {
    const queues = resourcesOfType(template, 'AWS::SQS::Queue').map((q) => q.logicalId);
    for (const rule of topicRules) {
      const errorAction = asRecord(ruleOf(rule).payload.ErrorAction);
      expect(queues, rule.logicalId).toContain(referencedId(asRecord(errorAction.Sqs).QueueUrl));
    }
    const invokeConfigs = resourcesOfType(template, 'AWS::Lambda::EventInvokeConfig');
    for (const rule of topicRules) {
      const target = referencedId(asRecord(ruleOf(rule).actions[0]?.Lambda).FunctionArn);
      const config = invokeConfigs.find((c) => referencedId(propertyOf(c, 'FunctionName')) === target);
      if (!config) throw new Error(`${target}: no EventInvokeConfig`);
      expect(propertyOf(config, 'Qualifier')).toBe('$LATEST');
      expect(Number(propertyOf(config, 'MaximumRetryAttempts'))).toBeGreaterThan(0);
      const destination = asRecord(asRecord(propertyOf(config, 'DestinationConfig')).OnFailure).Destination;
      expect(queues).toContain(referencedId(destination));
    }
  });

  it('creates the table exactly as the code lays it out, on demand, with point-in-time recovery', () => {
    const [table, ...others] = resourcesOfType(template, 'AWS::DynamoDB::Table');
    expect(others).toEqual([]);
    expect(table?.Properties).toMatchObject({
      KeySchema: TABLE_DEFINITION.KeySchema,
      AttributeDefinitions: TABLE_DEFINITION.AttributeDefinitions,
      BillingMode: TABLE_DEFINITION.BillingMode,
      TimeToLiveSpecification: TABLE_DEFINITION.TimeToLiveSpecification,
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    expect(table?.DeletionPolicy).toBe('Retain');
  });

  it('sets every environment variable the code reads on every function, and nothing stale', () => {
    const read = [...envReadsOfCode(PROJECT_ROOT)].filter((name) => !RUNTIME_VARIABLES.has(name));
    expect(read).toContain('TABLE_NAME');
    for (const fn of functions) {
      const variables = asRecord(asRecord(propertyOf(fn, 'Environment')).Variables);
      expect(Object.keys(variables).sort(), fn.logicalId).toEqual(
        [...read, ...PLATFORM_VARIABLES].sort((a, b) => a.localeCompare(b)),
      );
      expect(referencedId(variables.TABLE_NAME)).toBe('MatchTable');
      expect(variables.SKILL_ID).toEqual({ Ref: 'SkillId' });
    }
  });

  it('gives the functions exactly the actions the code calls, on this table and this product’s things only', () => {
    const roles = new Set(functions.map((f) => referencedId(propertyOf(f, 'Role'))));
    expect([...roles]).toEqual(['BackendRole']);
    const role = resourcesOfType(template, 'AWS::IAM::Role').find((r) => r.logicalId === 'BackendRole');
    const policies = role ? propertyOf(role, 'Policies') : undefined;
    if (!Array.isArray(policies)) throw new Error('BackendRole needs inline Policies');
    const statements = policies.flatMap((policy) => statementsOf(asRecord(policy).PolicyDocument));
    const granted = statements.flatMap((s) => s.actions);
    const called = [...iamActionsOfCode(PROJECT_ROOT)];
    expect(called).toContain('iot:UpdateThingShadow');
    expect(new Set(granted)).toEqual(new Set([...called, ...PLATFORM_ACTIONS]));
    expect(granted).toHaveLength(new Set(granted).size);
    for (const statement of statements) {
      expect(statement.effect).toBe('Allow');
      if (statement.actions.some((a) => a.startsWith('dynamodb:'))) {
        expect(statement.resources).toEqual([{ 'Fn::GetAtt': ['MatchTable', 'Arn'] }]);
      }
      if (statement.actions.some((a) => a.startsWith('iot:'))) {
        expect(statement.resources).toEqual([
          // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string
          { 'Fn::Sub': 'arn:aws:iot:${AWS::Region}:${AWS::AccountId}:thing/babyfoot-*' },
        ]);
      }
      expect(JSON.stringify(statement.resources)).not.toBe('["*"]');
    }
  });
});

interface Statement {
  effect: unknown;
  actions: string[];
  resources: unknown[];
}

function statementsOf(document: unknown): Statement[] {
  const statements = asRecord(document).Statement;
  if (!Array.isArray(statements)) throw new Error('a policy document needs a Statement list');
  return statements.map((raw) => {
    const statement = asRecord(raw);
    return {
      effect: statement.Effect,
      actions: [statement.Action].flat().map(String),
      resources: [statement.Resource].flat(),
    };
  });
}
