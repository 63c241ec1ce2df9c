import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS_NAMESPACE } from '../../lambda/src/metrics';
import {
  PROJECT_ROOT,
  readAskResources,
  referencedId,
  resourcesOfType,
  type StackResource,
} from './support/stack-template';

const { templatePath } = readAskResources().profiles.default.skillInfrastructure.userConfig;
const TEMPLATE_FILE = join(PROJECT_ROOT, templatePath);
/** The template's JSON as written, Conditions and all; the assertions check its shape. */
// biome-ignore lint/suspicious/noExplicitAny: JSON read as written, checked by the assertions below
type Json = any;
const raw: Json = JSON.parse(readFileSync(TEMPLATE_FILE, 'utf8'));
const template = { ...raw, Resources: raw.Resources as Record<string, Omit<StackResource, 'logicalId'>> };
const functions = resourcesOfType(template, 'AWS::Lambda::Function');
const alarms = resourcesOfType(template, 'AWS::CloudWatch::Alarm');
/** ask-cli's cfn-deployer sends the template inline (TemplateBody): CloudFormation takes 51,200 bytes at most. */
const TEMPLATE_BODY_LIMIT = 51_200;

function resource(logicalId: string): { logicalId: string; DeletionPolicy?: string; Properties: Json } {
  const found = raw.Resources[logicalId];
  if (!found) throw new Error(`${logicalId}: not in the template`);
  return { ...found, logicalId };
}

function alarm(logicalId: string): Record<string, unknown> {
  const found = alarms.find((a) => a.logicalId === logicalId);
  if (!found) throw new Error(`${logicalId}: no such alarm`);
  return found.Properties;
}

function statementsOf(roleId: string): Array<{ Action: string[]; Resource: unknown }> {
  return resource(roleId).Properties.Policies.flatMap(
    (policy: { PolicyDocument: { Statement: unknown[] } }) => policy.PolicyDocument.Statement,
  );
}

function cfnLint(): string | undefined {
  const probe = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? probe.stdout.trim() : undefined;
}
const CFN_LINT = cfnLint();

describe('logs of the functions', () => {
  it('logs every function as JSON at the LogLevel parameter’s level (INFO unless set), in its own log group', () => {
    expect(raw.Parameters.LogLevel).toMatchObject({
      Default: 'INFO',
      AllowedValues: ['DEBUG', 'INFO', 'WARN', 'ERROR'],
    });
    expect(functions.length).toBeGreaterThanOrEqual(4);
    for (const fn of functions) {
      expect(fn.Properties.LoggingConfig, fn.logicalId).toMatchObject({
        LogFormat: 'JSON',
        ApplicationLogLevel: { Ref: 'LogLevel' },
        LogGroup: { Ref: expect.stringMatching(/LogGroup$/) },
      });
    }
  });
});

describe('alarms that reach a person', () => {
  it('notifies the alert topic, and e-mails AlertEmail only when one is given (a Condition)', () => {
    expect(raw.Parameters.AlertEmail.Default).toBe('');
    expect(new RegExp(raw.Parameters.AlertEmail.AllowedPattern).test('')).toBe(true);
    expect(new RegExp(raw.Parameters.AlertEmail.AllowedPattern).test('ops@example.com')).toBe(true);
    expect(new RegExp(raw.Parameters.AlertEmail.AllowedPattern).test('not an address')).toBe(false);
    const [subscription, ...others] = resourcesOfType(template, 'AWS::SNS::Subscription');
    expect(others).toEqual([]);
    expect(subscription?.Properties).toEqual({
      TopicArn: { Ref: 'AlertTopic' },
      Protocol: 'email',
      Endpoint: { Ref: 'AlertEmail' },
    });
    const condition = raw.Resources[subscription?.logicalId ?? ''].Condition;
    expect(raw.Conditions[condition]).toEqual({ 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'AlertEmail' }, ''] }] });
    expect(alarms.length).toBe(4);
    for (const { logicalId, Properties } of alarms) {
      expect(Properties.AlarmActions, logicalId).toEqual([{ Ref: 'AlertTopic' }]);
      expect(Properties.TreatMissingData, logicalId).toBe('notBreaching');
      expect(Properties, logicalId).toMatchObject({
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    }
  });

  it('alarms on any message in the undelivered-event queue', () => {
    expect(alarm('UndeliveredEventsAlarm')).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': ['UndeliveredEventQueue', 'QueueName'] } }],
      Statistic: 'Maximum',
    });
  });

  it.each(['Errors', 'Throttles'])('alarms on %s of any function of the stack, summed', (metric) => {
    const { Metrics } = alarm(`Function${metric}Alarm`) as {
      Metrics: Array<{
        Id: string;
        Expression?: string;
        MetricStat?: { Metric: Record<string, unknown>; Stat: string };
      }>;
    };
    const watched = Metrics.filter((m) => m.MetricStat).map((m) => {
      expect(m.MetricStat?.Metric).toMatchObject({ Namespace: 'AWS/Lambda', MetricName: metric });
      expect(m.MetricStat?.Stat).toBe('Sum');
      const [dimension] = (m.MetricStat?.Metric.Dimensions ?? []) as Array<{ Name: string; Value: unknown }>;
      expect(dimension?.Name).toBe('FunctionName');
      return referencedId(dimension?.Value);
    });
    expect(watched.sort()).toEqual(functions.map((f) => f.logicalId).sort());
    const total = Metrics.find((m) => m.Expression);
    expect(total?.Expression?.split('+').sort()).toEqual(
      Metrics.filter((m) => m.MetricStat)
        .map((m) => m.Id)
        .sort(),
    );
  });

  it('alarms when a table reports a goal sensor that is not ok, and logs which table and sensors', () => {
    const rule = resource('SensorFaultRule').Properties.TopicRulePayload;
    expect(rule.Sql).toContain("FROM '$aws/things/+/shadow/update/accepted'");
    expect(rule.Sql).toContain("startswith(topic(3), 'babyfoot-')");
    // Blocked, noisy and unavailable all differ from 'ok', on either goal.
    expect(rule.Sql).toContain("state.reported.sensors.red <> 'ok' OR state.reported.sensors.blue <> 'ok'");
    expect(rule.Sql).toMatch(
      /SELECT topic\(3\) AS thingName, state\.reported\.sensors AS sensors, timestamp\(\) AS at /,
    );
    const [action] = rule.Actions;
    expect(referencedId(action.CloudwatchLogs.LogGroupName)).toBe('SensorFaultLogGroup');
    expect(statementsOf(referencedId(action.CloudwatchLogs.RoleArn) ?? '')).toEqual([
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:DescribeLogStreams', 'logs:PutLogEvents'],
        Resource: [{ 'Fn::GetAtt': ['SensorFaultLogGroup', 'Arn'] }],
      },
    ]);
    const filter = resource('SensorFaultMetricFilter').Properties;
    expect(referencedId(filter.LogGroupName)).toBe('SensorFaultLogGroup');
    // Every line the rule writes has its `at` (epoch ms), so the filter counts each one.
    expect(filter.FilterPattern).toBe('{ $.at > 0 }');
    const [transformation] = filter.MetricTransformations;
    expect(alarm('SensorFaultAlarm')).toMatchObject({
      Namespace: transformation.MetricNamespace,
      MetricName: transformation.MetricName,
      Statistic: 'Sum',
    });
    expect(transformation).toMatchObject({ MetricNamespace: METRICS_NAMESPACE, MetricValue: '1' });
  });
});

describe('the daily archive', () => {
  it('exports the table every night from point-in-time recovery into the archive bucket', () => {
    expect(resource('MatchTable').Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    });
    const [schedule, ...others] = resourcesOfType(template, 'AWS::Scheduler::Schedule');
    expect(others).toEqual([]);
    expect(schedule?.Properties.ScheduleExpression).toMatch(/^cron\(\d+ \d+ \* \* \? \*\)$/);
    const target = resource(schedule?.logicalId ?? '').Properties.Target;
    expect(target.Arn).toBe('arn:aws:scheduler:::aws-sdk:dynamodb:exportTableToPointInTime');
    const input = JSON.parse(target.Input['Fn::Sub']);
    expect(input).toEqual({
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string
      TableArn: '${MatchTable.Arn}',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string
      S3Bucket: '${ArchiveBucket}',
      S3Prefix: 'exports',
      ExportFormat: 'DYNAMODB_JSON',
    });
    const roleId = referencedId(target.RoleArn) ?? '';
    expect(resource(roleId).Properties.AssumeRolePolicyDocument.Statement[0].Principal).toEqual({
      Service: 'scheduler.amazonaws.com',
    });
    expect(statementsOf(roleId)).toEqual([
      {
        Effect: 'Allow',
        Action: ['dynamodb:ExportTableToPointInTime'],
        Resource: { 'Fn::GetAtt': ['MatchTable', 'Arn'] },
      },
      {
        Effect: 'Allow',
        Action: ['s3:AbortMultipartUpload', 's3:PutObject', 's3:PutObjectAcl'],
        Resource: { 'Fn::Sub': `\${ArchiveBucket.Arn}/${input.S3Prefix}/*` },
      },
    ]);
  });

  it('keeps the exports in a private bucket, each for ArchiveRetentionDays, and keeps the bucket if the stack goes', () => {
    const bucket = resource('ArchiveBucket');
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    });
    expect(bucket.Properties.LifecycleConfiguration.Rules).toEqual([
      expect.objectContaining({
        Status: 'Enabled',
        Prefix: 'exports/',
        ExpirationInDays: { Ref: 'ArchiveRetentionDays' },
      }),
    ]);
    expect(raw.Outputs.ArchiveBucketName.Value).toEqual({ Ref: 'ArchiveBucket' });
  });
});

describe('the template as a whole', () => {
  it('stays under the 51,200 bytes ask-cli can send inline', () => {
    expect(statSync(TEMPLATE_FILE).size).toBeLessThan(TEMPLATE_BODY_LIMIT);
  });

  it.skipIf(CFN_LINT === undefined)(
    `passes cfn-lint, AWS's CloudFormation linter${CFN_LINT ? '' : ' (skipped: cfn-lint is not installed; pip install cfn-lint)'}`,
    () => {
      const lint = spawnSync('cfn-lint', [TEMPLATE_FILE], { encoding: 'utf8' });
      expect(`${lint.stdout}${lint.stderr}`).toBe('');
      expect(lint.status).toBe(0);
    },
    60_000,
  );
});
