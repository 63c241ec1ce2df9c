import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableTopics } from '../../device-bridge/src/mqtt/topics';
import { boardLinkUrl, parseBoardPath } from '../../lambda/src/scoreboard/board-address';
import { newBoardToken } from '../../lambda/src/scoreboard/board-token';
import { scoreboardUrlFromEnv } from '../../lambda/src/scoreboard/scoreboard-links';
import { TABLE_DEFINITION } from '../../lambda/src/store/table-layout';
import {
  buildCallGraph,
  entryUnit,
  envReadsReachable,
  iamActionsReachable,
  type ReachOptions,
  reachableUnits,
  sdkCallsOf,
} from './support/call-graph';
import { lambdaSources } from './support/code-scan';
import {
  PROJECT_ROOT,
  readAskResources,
  readStackTemplate,
  referencedId,
  resolveString,
  resourcesOfType,
  type StackResource,
} from './support/stack-template';

const template = readStackTemplate();
const { userConfig } = readAskResources().profiles.default.skillInfrastructure;
const functions = resourcesOfType(template, 'AWS::Lambda::Function');
const permissions = resourcesOfType(template, 'AWS::Lambda::Permission');
// The rules that hand device events to Lambda; the presence rules republish to the shadow
// (presence-rules.test.ts), the sensor-fault rule writes to its log group (operations.test.ts).
const topicRules = resourcesOfType(template, 'AWS::IoT::TopicRule').filter(
  (rule) => !rule.logicalId.startsWith('Presence') && rule.logicalId !== 'SensorFaultRule',
);
const code = buildCallGraph(lambdaSources(PROJECT_ROOT));
const LAMBDA_INDEX = join(PROJECT_ROOT, 'lambda', 'src', 'index.ts');
/**
 * `.replace(…)` is not followed to class methods: the Lambda code calls it on strings only
 * (checked below), so a class method of that name must never be added.
 */
const REACH: ReachOptions = { ignoredMembers: new Set(['replace']) };
/** A function URL as Lambda hands it out (`FunctionUrl` attribute): with a trailing slash. */
const SAMPLE_FUNCTION_URL = 'https://k7xq2fzvb3n5hd6m4w8pyc1rje0tsgla.lambda-url.eu-west-1.on.aws/';

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
/** What every function needs besides its code: writing its logs. */
const LOG_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents'];
/** What a function with an on-failure destination needs besides its code. */
const ON_FAILURE_ACTIONS = ['sqs:SendMessage'];

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

/** The function URL the `ScoreboardUrl` output gives out. */
function scoreboardUrl(): StackResource {
  const id = referencedId(template.Outputs.ScoreboardUrl?.Value);
  const url = resourcesOfType(template, 'AWS::Lambda::Url').find((u) => u.logicalId === id);
  if (!url) throw new Error('ScoreboardUrl must be the URL of a function URL of the stack');
  return url;
}

/** The function behind the scoreboard's URL. */
function scoreboardFunction(): StackResource {
  const id = referencedId(propertyOf(scoreboardUrl(), 'TargetFunctionArn'));
  const fn = functions.find((f) => f.logicalId === id);
  if (!fn) throw new Error('the scoreboard URL must target a function of the stack');
  return fn;
}

/** The unit of lambda/src/index.ts that a function's `Handler` (`index.<export>`) runs. */
function entryOf(fn: StackResource): string {
  const { userConfig: config } = readAskResources().profiles.default.skillInfrastructure;
  const context = {
    region: config.awsRegion,
    accountId: '123456789012',
    parameters: { LambdaHandler: config.handler },
  };
  const handler = String(resolveString(propertyOf(fn, 'Handler'), context));
  const [file, name = ''] = handler.split('.');
  expect(file, fn.logicalId).toBe('index');
  return entryUnit(code, LAMBDA_INDEX, name);
}

/** The functions that run with a role. */
function functionsOfRole(roleId: string): StackResource[] {
  return functions.filter((f) => referencedId(propertyOf(f, 'Role')) === roleId);
}

function hasOnFailureDestination(fn: StackResource): boolean {
  return resourcesOfType(template, 'AWS::Lambda::EventInvokeConfig').some(
    (config) =>
      referencedId(propertyOf(config, 'FunctionName')) === fn.logicalId &&
      asRecord(propertyOf(config, 'DestinationConfig')).OnFailure !== undefined,
  );
}

function statementsOfRole(roleId: string): Statement[] {
  const role = resourcesOfType(template, 'AWS::IAM::Role').find((r) => r.logicalId === roleId);
  const policies = role ? propertyOf(role, 'Policies') : undefined;
  if (!Array.isArray(policies)) throw new Error(`${roleId} needs inline Policies`);
  return policies.flatMap((policy) => statementsOf(asRecord(policy).PolicyDocument));
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

  it('ships with no default table: an Echo drives only a table it linked', () => {
    expect(userConfig.cfn?.parameters ?? {}).not.toHaveProperty('DefaultThingName');
    expect(template.Parameters.DefaultThingName?.Default).toBe('');
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
      'ScoreboardFunction',
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
    const others = [skillFunction().logicalId, scoreboardFunction().logicalId];
    for (const fn of functions.filter((f) => !others.includes(f.logicalId))) {
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

  it('sets on each function every environment variable its code reads, and nothing stale', () => {
    for (const fn of functions) {
      const read = [...envReadsReachable(code, [entryOf(fn)], REACH)].filter(
        (name) => !RUNTIME_VARIABLES.has(name),
      );
      expect(read, fn.logicalId).toContain('TABLE_NAME');
      const variables = asRecord(asRecord(propertyOf(fn, 'Environment')).Variables);
      expect(Object.keys(variables).sort(), fn.logicalId).toEqual(
        [...read, ...PLATFORM_VARIABLES].sort((a, b) => a.localeCompare(b)),
      );
      expect(referencedId(variables.TABLE_NAME)).toBe('MatchTable');
      expect(variables.SKILL_ID).toEqual({ Ref: 'SkillId' });
    }
    // The board reads no SCOREBOARD_URL: it would otherwise have to name its own URL.
    expect(
      Object.keys(asRecord(asRecord(propertyOf(scoreboardFunction(), 'Environment')).Variables)),
    ).not.toContain('SCOREBOARD_URL');
  });

  it('gives each role exactly the actions its functions’ code calls, on this table and this product’s things only', () => {
    const roles = new Set(functions.map((f) => referencedId(propertyOf(f, 'Role')) ?? ''));
    expect([...roles].sort()).toEqual(['BackendRole', 'ScoreboardRole']);
    for (const roleId of roles) {
      const users = functionsOfRole(roleId);
      const called = users.flatMap((fn) => [...iamActionsReachable(code, [entryOf(fn)], REACH)]);
      const platform = [...LOG_ACTIONS, ...(users.some(hasOnFailureDestination) ? ON_FAILURE_ACTIONS : [])];
      const statements = statementsOfRole(roleId);
      const granted = statements.flatMap((s) => s.actions);
      expect(new Set(granted), roleId).toEqual(new Set([...called, ...platform]));
      expect(granted, roleId).toHaveLength(new Set(granted).size);
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
        if (statement.actions.some((a) => a.startsWith('logs:'))) {
          const logGroups = users.map((fn) =>
            referencedId(asRecord(propertyOf(fn, 'LoggingConfig')).LogGroup),
          );
          expect(statement.resources.map(referencedId).sort(), roleId).toEqual(logGroups.sort());
        }
        expect(JSON.stringify(statement.resources)).not.toBe('["*"]');
      }
    }
  });

  it('reaches from some entry every SDK call in lambda/src, so no call escapes the role checks', () => {
    const entries = functions.map(entryOf);
    const reached = new Set(reachableUnits(code, entries, REACH).map((unit) => unit.id));
    const unreached = [...code.units.values()]
      .filter((unit) => sdkCallsOf(code, unit).length > 0 && !reached.has(unit.id))
      .map((unit) => `${unit.name}.${unit.method}`);
    // The recount (`npm run recompute-ratings`) is also what a stats turn runs on a marked document.
    expect(unreached.sort()).toEqual([]);
  });

  it('gives the board read-only code paths: GetItem, Query and GetThingShadow', () => {
    const board = iamActionsReachable(code, [entryOf(scoreboardFunction())], REACH);
    expect([...board].sort()).toEqual(['dynamodb:GetItem', 'dynamodb:Query', 'iot:GetThingShadow']);
  });

  it('may skip `.replace` when following calls: every entry calls it on strings only (a regex or string first)', () => {
    for (const fn of functions) {
      for (const unit of reachableUnits(code, [entryOf(fn)], REACH)) {
        for (const [call] of unit.body.matchAll(/\.replace\(\s*./g)) {
          expect(call, `${fn.logicalId}: ${unit.id}`).toMatch(/\(\s*[/"']$/);
        }
      }
    }
  });
});

describe('the web scoreboard in the template', () => {
  it('runs index.scoreboardHandler on its own function: the same code, arm64, a short timeout, its own role', () => {
    const board = scoreboardFunction();
    expect(board.Properties).toMatchObject({
      Handler: 'index.scoreboardHandler',
      Runtime: { Ref: 'LambdaRuntime' },
      Architectures: ['arm64'],
    });
    // Each request is a handful of reads; a stuck one should fail before the page's next poll or two.
    expect(Number(propertyOf(board, 'Timeout'))).toBeLessThanOrEqual(5);
    const role = referencedId(propertyOf(board, 'Role'));
    expect(role).not.toBe(referencedId(propertyOf(skillFunction(), 'Role')));
    expect(functionsOfRole(role ?? '')).toEqual([board]);
  });

  it('serves it through a function URL with auth type NONE, buffered, with no CORS (the page polls its own origin)', () => {
    expect(scoreboardUrl().Properties).toEqual({
      TargetFunctionArn: { 'Fn::GetAtt': [scoreboardFunction().logicalId, 'Arn'] },
      AuthType: 'NONE',
      InvokeMode: 'BUFFERED',
    });
    expect(template.Outputs.ScoreboardUrl?.Value).toEqual({
      'Fn::GetAtt': [scoreboardUrl().logicalId, 'FunctionUrl'],
    });
  });

  it('lets anyone call the URL, and nothing else: each permission on the board is scoped to its function URL', () => {
    const granted = permissionsOf(scoreboardFunction()).map((p) => p.Properties);
    expect(granted).toHaveLength(2);
    expect(granted).toEqual(
      expect.arrayContaining([
        {
          FunctionName: { 'Fn::GetAtt': [scoreboardFunction().logicalId, 'Arn'] },
          Action: 'lambda:InvokeFunctionUrl',
          Principal: '*',
          FunctionUrlAuthType: 'NONE',
        },
        // Since October 2025 a function URL also needs lambda:InvokeFunction, limited to URL calls.
        {
          FunctionName: { 'Fn::GetAtt': [scoreboardFunction().logicalId, 'Arn'] },
          Action: 'lambda:InvokeFunction',
          Principal: '*',
          InvokedViaFunctionUrl: true,
        },
      ]),
    );
  });

  it('gives the skill the URL its links are made under, and a link made there leads back to the board', () => {
    const { userConfig: config } = readAskResources().profiles.default.skillInfrastructure;
    const context = {
      region: config.awsRegion,
      accountId: '123456789012',
      parameters: {},
      resources: { [`${scoreboardUrl().logicalId}.FunctionUrl`]: SAMPLE_FUNCTION_URL },
    };
    const variables = asRecord(asRecord(propertyOf(skillFunction(), 'Environment')).Variables);
    const base = scoreboardUrlFromEnv({
      SCOREBOARD_URL: String(resolveString(variables.SCOREBOARD_URL, context)),
    });
    const token = newBoardToken();

    const link = new URL(boardLinkUrl(base ?? '', token));

    expect(link.origin).toBe(new URL(SAMPLE_FUNCTION_URL).origin);
    expect(parseBoardPath(link.pathname)).toEqual({ access: { token }, view: 'page', base: `/b/${token}` });
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
