import { describe, expect, it } from 'vitest';
import {
  buildCallGraph,
  entryUnit,
  envReadsReachable,
  iamActionsReachable,
  reachableUnits,
} from './support/call-graph';

/*
 * A small Lambda in memory: a store with a read and a write, an interface in between, an entry
 * that only reads, another that writes, and a module that is imported but never called.
 */
const STORE = `
import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
export class ScoreStore {
  constructor(private readonly client: DynamoDBDocumentClient) {}
  async load(thing: string) {
    return this.client.send(new GetCommand({ TableName: 't', Key: { pk: thing } }));
  }
  async save(thing: string) {
    await this.write(thing);
  }
  private async write(thing: string) {
    await this.client.send(new PutCommand({ TableName: 't', Item: { pk: thing } }));
  }
  readonly onFinished = async (thing: string) => {
    await this.client.send(new PutCommand({ TableName: 't', Item: { pk: \`done-\${thing}\` } }));
  };
}`;

const READER = `
export interface Scores { load(thing: string): Promise<unknown> }
/** Reads the score of a table. */
export async function readScore(scores: Scores, thing: string) {
  return scores.load(thing.replace(/-/g, '_'));
}`;

const BARREL = `export * from './reader';`;

const UNUSED = `
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
export async function forget(client: { send(c: unknown): Promise<unknown> }) {
  await client.send(new DeleteCommand({ TableName: 't', Key: { pk: 'x' } }));
}`;

const INDEX = `
import { ScoreStore } from './store';
import { readScore } from './barrel';
import { forget } from './unused';
const store = new ScoreStore(client());
export const boardHandler = async (event: { thing: string }) => readScore(store, event.thing);
export const finishHandler = async (event: { thing: string }) => store.save(event.thing);
export const configured = () => ({ table: process.env.TABLE_NAME, board: process.env.BOARD_URL });
void forget;`;

const graph = buildCallGraph(
  new Map([
    ['/app/store.ts', STORE],
    ['/app/reader.ts', READER],
    ['/app/barrel.ts', BARREL],
    ['/app/unused.ts', UNUSED],
    ['/app/index.ts', INDEX],
  ]),
);
const entry = (name: string) => [entryUnit(graph, '/app/index.ts', name)];

describe('following calls from a Lambda entry', () => {
  it('reaches the method an interface call lands on, through a barrel, and only the commands it sends', () => {
    const actions = iamActionsReachable(graph, entry('boardHandler'));

    expect([...actions]).toEqual(['dynamodb:GetItem']);
    expect(reachableUnits(graph, entry('boardHandler')).map((u) => u.id)).toEqual(
      expect.arrayContaining(['/app/reader.ts#readScore', '/app/store.ts#ScoreStore.load']),
    );
  });

  it('reaches a private method through this, and not a function-valued field nobody reads', () => {
    const units = reachableUnits(graph, entry('finishHandler')).map((u) => u.id);

    expect([...iamActionsReachable(graph, entry('finishHandler'))]).toEqual(['dynamodb:PutItem']);
    expect(units).toContain('/app/store.ts#ScoreStore.write');
    expect(units).not.toContain('/app/store.ts#ScoreStore.onFinished');
    expect(units).not.toContain('/app/store.ts#ScoreStore.load');
  });

  it('does not reach code that is imported but never called', () => {
    const everything = ['boardHandler', 'finishHandler', 'configured'].flatMap(entry);

    expect(iamActionsReachable(graph, everything)).not.toContain('dynamodb:DeleteItem');
  });

  it('reads the environment variables of the code it reaches only', () => {
    expect([...envReadsReachable(graph, entry('configured'))].sort()).toEqual(['BOARD_URL', 'TABLE_NAME']);
    expect([...envReadsReachable(graph, entry('boardHandler'))]).toEqual([]);
  });

  it('can leave a built-in method name unfollowed, and follows it otherwise', () => {
    const withStringReplace = buildCallGraph(
      new Map([
        ['/app/store.ts', STORE.replace('async save(', 'async replace(')],
        ['/app/reader.ts', READER],
        ['/app/barrel.ts', BARREL],
        ['/app/unused.ts', UNUSED],
        ['/app/index.ts', INDEX],
      ]),
    );
    const roots = [entryUnit(withStringReplace, '/app/index.ts', 'boardHandler')];

    expect(iamActionsReachable(withStringReplace, roots)).toContain('dynamodb:PutItem');
    expect([
      ...iamActionsReachable(withStringReplace, roots, { ignoredMembers: new Set(['replace']) }),
    ]).toEqual(['dynamodb:GetItem']);
  });
});
