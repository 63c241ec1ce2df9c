import { describe, expect, it } from 'vitest';
import { envReadsIn, iamActionsFor, sdkCallsIn, transactItemKindsIn } from './support/code-scan';

describe('reading what the Lambda code calls', () => {
  it('finds the SDK commands a source imports and sends, not the ones it only imports as types', () => {
    // Prepare
    const source = `
      import { GetCommand, PutCommand, type QueryCommand } from '@aws-sdk/lib-dynamodb';
      import { DeleteThingShadowCommand as Forget } from '@aws-sdk/client-iot-data-plane';
      await client.send(new GetCommand({ TableName, Key }));
      await shadows.send(new Forget({ thingName }));
      const later: QueryCommand | undefined = undefined;`;

    // Act
    const calls = sdkCallsIn(source);

    // Assess
    expect(calls).toEqual([
      { packageName: '@aws-sdk/lib-dynamodb', command: 'GetCommand' },
      { packageName: '@aws-sdk/client-iot-data-plane', command: 'DeleteThingShadowCommand' },
    ]);
  });

  it('turns commands into IAM actions, a transaction into the actions of its items', () => {
    const transaction = 'new TransactWriteCommand({ TransactItems: [{ Put: a }, { ConditionCheck: b }] })';

    expect(iamActionsFor({ packageName: '@aws-sdk/lib-dynamodb', command: 'UpdateCommand' }, [])).toEqual([
      'dynamodb:UpdateItem',
    ]);
    expect(iamActionsFor({ packageName: '@aws-sdk/client-dynamodb', command: 'QueryCommand' }, [])).toEqual([
      'dynamodb:Query',
    ]);
    expect(
      iamActionsFor(
        { packageName: '@aws-sdk/lib-dynamodb', command: 'TransactWriteCommand' },
        transactItemKindsIn(transaction),
      ),
    ).toEqual(['dynamodb:PutItem', 'dynamodb:ConditionCheckItem']);
    expect(
      iamActionsFor({ packageName: '@aws-sdk/client-iot-data-plane', command: 'PublishCommand' }, []),
    ).toEqual(['iot:Publish']);
  });

  it('refuses a client it has no IAM service for, so a new one cannot slip past the role check', () => {
    expect(() =>
      iamActionsFor({ packageName: '@aws-sdk/client-s3', command: 'GetObjectCommand' }, []),
    ).toThrow(/client-s3/);
  });

  it('finds environment variables read through process.env or an env parameter', () => {
    const source = `
      const region = process.env.AWS_REGION;
      parse({ TABLE_NAME: env.TABLE_NAME, ID: env['SKILL_ID'] });
      const lower = env.notAVariable;`;

    expect(envReadsIn(source).sort()).toEqual(['AWS_REGION', 'SKILL_ID', 'TABLE_NAME']);
  });
});
