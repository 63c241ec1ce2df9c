import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * What the Lambda code calls and reads, found by reading its sources, so the template checks
 * follow the code: a new SDK call or a new environment variable fails them until the
 * template grants or sets it.
 */

/** An AWS SDK v3 command the code sends, with the package it comes from. */
export interface SdkCall {
  packageName: string;
  command: string;
}

/** The Lambda's own sources: every `.ts` under `lambda/src` except tests. */
export function lambdaSources(projectRoot: string): Map<string, string> {
  const root = join(projectRoot, 'lambda', 'src');
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
  return new Map(files.map((file) => [file, readFileSync(file, 'utf8')]));
}

/** The `…Command` classes a source imports from `@aws-sdk/*` and constructs with `new`. */
export function sdkCallsIn(source: string): SdkCall[] {
  const calls: SdkCall[] = [];
  const imports = /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'(@aws-sdk\/[^']+)'/g;
  for (const [, names = '', packageName = ''] of source.matchAll(imports)) {
    for (const part of names.split(',')) {
      const match = /^\s*(?:type\s+)?(\w+Command)(?:\s+as\s+(\w+))?\s*$/.exec(part);
      if (!match?.[1]) continue;
      const local = match[2] ?? match[1];
      if (new RegExp(`new\\s+${local}\\s*\\(`).test(source)) calls.push({ packageName, command: match[1] });
    }
  }
  return calls;
}

/** The item operations (`Put`, `Update`, `Delete`, `ConditionCheck`) a transaction source builds. */
export function transactItemKindsIn(source: string): string[] {
  return [
    ...new Set([...source.matchAll(/\b(Put|Update|Delete|ConditionCheck)\s*:/g)].map((m) => m[1] ?? '')),
  ];
}

/** Environment variables a source reads: `process.env.X`, `env.X`, `env['X']`. */
export function envReadsIn(source: string): string[] {
  const reads = [
    ...source.matchAll(/\benv\.([A-Z][A-Z0-9_]*)\b/g),
    ...source.matchAll(/\benv\[\s*['"]([A-Z][A-Z0-9_]*)['"]\s*\]/g),
  ];
  return [...new Set(reads.map((match) => match[1] ?? ''))];
}

const DOCUMENT_CLIENT_ACTIONS: Record<string, string> = {
  Get: 'GetItem',
  Put: 'PutItem',
  Update: 'UpdateItem',
  Delete: 'DeleteItem',
  BatchGet: 'BatchGetItem',
  BatchWrite: 'BatchWriteItem',
  ConditionCheck: 'ConditionCheckItem',
};

const SERVICE_OF_PACKAGE: Record<string, string> = {
  '@aws-sdk/client-dynamodb': 'dynamodb',
  '@aws-sdk/lib-dynamodb': 'dynamodb',
  '@aws-sdk/client-iot-data-plane': 'iot',
};

/**
 * The IAM actions an SDK call needs. A transaction needs the action of each kind of item it
 * carries; a package this table does not know fails loudly, so a new client is not missed.
 */
export function iamActionsFor(call: SdkCall, transactItemKinds: readonly string[]): string[] {
  const service = SERVICE_OF_PACKAGE[call.packageName];
  if (service === undefined) throw new Error(`No IAM service known for ${call.packageName}: add it here`);
  const operation = call.command.replace(/Command$/, '');
  if (service !== 'dynamodb') return [`${service}:${operation}`];
  if (/^TransactWrite(Items)?$/.test(operation)) {
    return transactItemKinds.map((kind) => `dynamodb:${DOCUMENT_CLIENT_ACTIONS[kind] ?? kind}`);
  }
  if (/^TransactGet(Items)?$/.test(operation)) return ['dynamodb:GetItem'];
  return [`dynamodb:${DOCUMENT_CLIENT_ACTIONS[operation] ?? operation}`];
}

/** Every IAM action the Lambda code needs, from its sources. */
export function iamActionsOfCode(projectRoot: string): Set<string> {
  const actions = new Set<string>();
  for (const source of lambdaSources(projectRoot).values()) {
    for (const call of sdkCallsIn(source)) {
      for (const action of iamActionsFor(call, transactItemKindsIn(source))) actions.add(action);
    }
  }
  return actions;
}

/** Every environment variable the Lambda code reads, from its sources. */
export function envReadsOfCode(projectRoot: string): Set<string> {
  return new Set([...lambdaSources(projectRoot).values()].flatMap(envReadsIn));
}
