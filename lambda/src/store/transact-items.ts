import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
  TransactionConflictException,
} from '@aws-sdk/client-dynamodb';
import type { PutCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { CompanionWrite } from './ports';
import type { ItemKey } from './table-layout';

/** One item of a `TransactWriteItems`. */
export type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * Puts an item carrying `version = expectedVersion + 1`, on condition that nobody wrote it
 * since `expectedVersion` (0: that it does not exist yet).
 */
export function versionedPut(
  tableName: string,
  key: ItemKey,
  expectedVersion: number,
  attributes: Record<string, unknown>,
): PutCommandInput {
  const Item = { ...attributes, ...key, version: expectedVersion + 1 };
  return expectedVersion === 0
    ? { TableName: tableName, Item, ConditionExpression: 'attribute_not_exists(pk)' }
    : {
        TableName: tableName,
        Item,
        ConditionExpression: '#version = :expected',
        ExpressionAttributeNames: { '#version': 'version' },
        ExpressionAttributeValues: { ':expected': expectedVersion },
      };
}

/** Flags an aggregate for a recount, whatever it holds (see `RebuildMark`). */
export function rebuildMark(
  tableName: string,
  key: ItemKey,
  now: number,
): NonNullable<TransactItem['Update']> {
  return {
    TableName: tableName,
    Key: key,
    UpdateExpression: 'SET #needsRebuild = :at ADD #version :one',
    ExpressionAttributeNames: { '#needsRebuild': 'needsRebuild', '#version': 'version' },
    ExpressionAttributeValues: { ':at': new Date(now).toISOString(), ':one': 1 },
  };
}

/** A companion as a transaction item: a version-checked Put, or a rebuild mark. */
export function companionItem(tableName: string, companion: CompanionWrite, now: number): TransactItem {
  if ('markForRebuild' in companion) return { Update: rebuildMark(tableName, companion.key, now) };
  return { Put: versionedPut(tableName, companion.key, companion.expectedVersion, companion.attributes) };
}

/**
 * Another writer changed an item first, or was changing it at that very moment. (A history
 * item that already exists is told apart before this is asked.)
 */
export function isLostRace(error: unknown): boolean {
  if (error instanceof ConditionalCheckFailedException || error instanceof TransactionConflictException)
    return true;
  if (!(error instanceof TransactionCanceledException)) return false;
  return (error.CancellationReasons ?? []).some(
    (reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict',
  );
}

/** Why item `index` of a cancelled transaction failed ('None' when it was not the cause). */
export function cancelReason(error: unknown, index: number): string | undefined {
  if (!(error instanceof TransactionCanceledException)) return undefined;
  return error.CancellationReasons?.[index]?.Code;
}
