import { describe, expect, it } from 'vitest';
import { readStackTemplate } from './support/stack-template';
import { dependenciesOf, findCycle, templateDependencies } from './support/template-graph';

describe('what a template’s resources wait for', () => {
  it('follows Ref, both Fn::GetAtt forms, Fn::Sub names and DependsOn, not literals, variables or pseudo parameters', () => {
    // Prepare
    const resources = {
      Queue: { Type: 'AWS::SQS::Queue' },
      Table: { Type: 'AWS::DynamoDB::Table' },
      Logs: { Type: 'AWS::Logs::LogGroup' },
      Role: { Type: 'AWS::IAM::Role' },
      Fn: {
        Type: 'AWS::Lambda::Function',
        DependsOn: 'Logs',
        Properties: {
          Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
          Environment: {
            Variables: {
              QUEUE: { Ref: 'Queue' },
              // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string
              TABLE: { 'Fn::Sub': 'arn:aws:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${Table}' },
              // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string
              LITERAL: { 'Fn::Sub': 'policy-${!iot:ClientId}' },
              // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string
              LOCAL: { 'Fn::Sub': ['${Name}-x', { Name: { 'Fn::GetAtt': 'Queue.QueueName' } }] },
              PARAMETER: { Ref: 'SomeParameter' },
            },
          },
        },
      },
    };

    // Act
    const graph = templateDependencies(resources);

    // Assess
    expect([...(graph.get('Fn') ?? [])].sort()).toEqual(['Logs', 'Queue', 'Role', 'Table']);
    expect(graph.get('Queue')).toEqual(new Set());
    expect(findCycle(graph)).toBeUndefined();
  });

  it('finds a circle, even one closed through a Fn::Sub string and DependsOn', () => {
    const resources = {
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a CloudFormation Fn::Sub string
      Board: { Type: 'AWS::Lambda::Function', Properties: { Url: { 'Fn::Sub': '${BoardUrl.FunctionUrl}' } } },
      BoardUrl: { Type: 'AWS::Lambda::Url', DependsOn: ['Permission'] },
      Permission: { Type: 'AWS::Lambda::Permission', Properties: { FunctionName: { Ref: 'Board' } } },
    };

    const cycle = findCycle(templateDependencies(resources));

    expect(cycle).toBeDefined();
    expect(cycle?.[0]).toBe(cycle?.at(-1));
    expect(new Set(cycle)).toEqual(new Set(['Board', 'BoardUrl', 'Permission']));
  });
});

describe('the stack’s dependency graph', () => {
  const graph = templateDependencies(readStackTemplate().Resources);

  it('has no circle CloudFormation would refuse', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  it('builds the board without the skill: the skill waits for the board’s URL, never the other way round', () => {
    expect(dependenciesOf(graph, 'SkillFunction')).toContain('ScoreboardFunctionUrl');
    const board = dependenciesOf(graph, 'ScoreboardFunction');
    for (const skillSide of ['SkillFunction', 'BackendRole', 'GoalEventFunction', 'PairingEventFunction']) {
      expect(board, skillSide).not.toContain(skillSide);
    }
    expect(board).not.toContain('ScoreboardFunctionUrl');
  });
});
