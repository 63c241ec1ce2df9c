import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createBackend } from '../../lambda/src/backend';
import { ownLeagueOf } from '../../lambda/src/domain/league/table-league';
import { memoryLogger } from '../../lambda/src/logger';
import { DynamoBoardLinkStore } from '../../lambda/src/scoreboard/dynamo-board-link-store';
import { SimulatedEchoDevice } from '../../local/alexa';
import { LOCAL_CREDENTIALS } from '../../local/dynamodb';
import { buildLambdaBundles } from '../../scripts/deploy/lambda-bundle';
import { createTestTable, type TestTable } from '../support/dynamodb';
import { type AwsRecorder, startAwsRecorder } from './support/aws-recorder';
import {
  PROJECT_ROOT,
  readAskResources,
  readStackTemplate,
  referencedId,
  resolveString,
  resourcesOfType,
  type StackResource,
} from './support/stack-template';

/*
 * The built bundle run the way each function of the stack runs it: a fresh Node process with
 * exactly the environment the template gives that function, its AWS endpoints pointed at a
 * recorder in front of DynamoDB Local.
 */

const run = promisify(execFile);
const template = readStackTemplate();
const functions = resourcesOfType(template, 'AWS::Lambda::Function');
const { userConfig } = readAskResources().profiles.default.skillInfrastructure;
const SKILL_ID = 'amzn1.ask.skill.babyfoot-deploy-test';
const parameterDefaults = Object.fromEntries(
  Object.entries(template.Parameters).flatMap(([name, parameter]) =>
    parameter.Default === undefined ? [] : [[name, String(parameter.Default)]],
  ),
);
const ACCOUNT = 'amzn1.ask.account.babyfoot-deploy-test';
const workDir = mkdtempSync(join(tmpdir(), 'babyfoot-functions-'));
const bundleFile = join(workDir, 'lambda', 'index.js');
let table: TestTable;
let recorder: AwsRecorder;

function byId(id: string): StackResource {
  const fn = functions.find((f) => f.logicalId === id);
  if (!fn) throw new Error(`no function ${id}`);
  return fn;
}

/**
 * A function's variables as CloudFormation would set them, on this test's table, with the
 * parameters an operator would set (`operator`) over the shipped ones.
 */
function environmentOf(fn: StackResource, operator: Record<string, string> = {}): Record<string, string> {
  const context = {
    region: userConfig.awsRegion,
    accountId: '123456789012',
    // A parameter ask-resources.json leaves out takes the template's default, as in CloudFormation.
    parameters: { ...parameterDefaults, ...userConfig.cfn?.parameters, ...operator, SkillId: SKILL_ID },
    resources: {
      MatchTable: table.tableName,
      'ScoreboardFunctionUrl.FunctionUrl':
        'https://k7xq2fzvb3n5hd6m4w8pyc1rje0tsgla.lambda-url.eu-west-1.on.aws/',
    },
  };
  const { Variables } = z
    .object({ Variables: z.record(z.string(), z.unknown()) })
    .parse(fn.Properties.Environment);
  return Object.fromEntries(
    Object.entries(Variables).map(([name, value]) => {
      const resolved = resolveString(value, context);
      if (typeof resolved !== 'string') throw new Error(`${fn.logicalId}: cannot resolve ${name}`);
      return [name, resolved];
    }),
  );
}

/** Runs `script` with the bundle loaded as `entry`, in the function's environment; returns its output. */
async function runAs(
  fn: StackResource,
  script: string,
  operator: Record<string, string> = {},
): Promise<string> {
  const { stdout } = await run(
    process.execPath,
    ['-e', `const entry = require(${JSON.stringify(bundleFile)});\n${script}`],
    {
      env: {
        PATH: process.env.PATH,
        ...environmentOf(fn, operator),
        AWS_REGION: userConfig.awsRegion,
        AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
        AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
        AWS_ENDPOINT_URL_DYNAMODB: recorder.url,
        AWS_ENDPOINT_URL_IOT_DATA_PLANE: recorder.url,
      },
    },
  );
  return stdout;
}

/** Every action a role's inline policies allow. */
function grantedActions(roleId: string): string[] {
  const role = template.Resources[roleId];
  const text = JSON.stringify(role?.Properties.Policies ?? []);
  return [...text.matchAll(/"Action":(\[[^\]]*\]|"[^"]*")/g)].flatMap((m) =>
    [JSON.parse(m[1] ?? '[]')].flat(),
  );
}

/** A function URL request (payload format 2.0), as Lambda hands it to the function. */
function urlEvent(rawPath: string) {
  return {
    version: '2.0',
    rawPath,
    rawQueryString: '',
    headers: { 'accept-language': 'en-GB,en;q=0.8' },
    requestContext: { http: { method: 'GET', path: rawPath } },
    isBase64Encoded: false,
  };
}

beforeAll(async () => {
  await buildLambdaBundles(PROJECT_ROOT, join(workDir, 'lambda'));
  table = await createTestTable();
  recorder = await startAwsRecorder(table.endpoint);
}, 60_000);

beforeEach(() => {
  recorder.actions.length = 0;
});

afterAll(async () => {
  await recorder?.stop();
  table?.dynamodb.destroy();
  rmSync(workDir, { recursive: true, force: true });
});

describe('each function of the stack on the built bundle', () => {
  it('starts with the environment the template gives it, exports its handler and sends nothing to AWS while loading', async () => {
    for (const fn of functions) {
      const handler = resolveString(fn.Properties.Handler, {
        region: userConfig.awsRegion,
        accountId: '123456789012',
        parameters: { LambdaHandler: userConfig.handler },
      });
      const name = String(handler).split('.')[1] ?? '';

      const output = await runAs(fn, `process.stdout.write(typeof entry[${JSON.stringify(name)}]);`);

      expect(output, fn.logicalId).toBe('function');
    }
    expect(recorder.actions).toEqual([]);
  });

  it('serves the board and its snapshot within the scoreboard role: every call it makes is granted', async () => {
    // Prepare: a private skill whose operator set a default table (the shipped settings set
    // none); a match started by voice on it, and a link to its league's board.
    const operator = { DefaultThingName: 'babyfoot-office-1' };
    const backend = createBackend({
      config: {
        tableName: table.tableName,
        skillId: SKILL_ID,
        defaultThingName: environmentOf(board(), operator).DEFAULT_THING_NAME,
      },
      dynamo: table.document,
      log: memoryLogger(),
    });
    const echo = new SimulatedEchoDevice({
      locale: 'en-GB',
      skillId: SKILL_ID,
      userId: ACCOUNT,
      deviceId: 'amzn1.ask.device.babyfoot-deploy-test',
      invoke: (envelope) => backend.handler(envelope),
    });
    await echo.say('ask baby foot to start a match between Alice and Bob');
    await echo.say('ask baby foot goal for the reds');
    // The board shows the league of the table the Echo drives (a table's own league here).
    const token = await new DynamoBoardLinkStore({
      client: table.document,
      tableName: table.tableName,
    }).create(ownLeagueOf('babyfoot-office-1'), Date.now());

    // Act
    const output = await runAs(
      board(),
      `(async () => {
        const snapshot = await entry.scoreboardHandler(${JSON.stringify(urlEvent(`/b/${token}/snapshot`))});
        const page = await entry.scoreboardHandler(${JSON.stringify(urlEvent(`/b/${token}`))});
        process.stdout.write(JSON.stringify({ snapshot, page }));
      })();`,
      operator,
    );

    // Assess
    const { snapshot, page } = JSON.parse(output);
    expect(snapshot.statusCode).toBe(200);
    expect(snapshot.body).toContain('Alice');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const granted = grantedActions(referencedId(board().Properties.Role) ?? '');
    expect(new Set(recorder.actions)).toEqual(
      new Set(['dynamodb:GetItem', 'dynamodb:Query', 'iot:GetThingShadow']),
    );
    for (const action of recorder.actions) expect(granted).toContain(action);
  });
});

function board(): StackResource {
  return byId('ScoreboardFunction');
}
