import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { transformSync } from 'esbuild';

/*
 * The Lambda sources cut into the units a call graph needs: top-level functions, classes
 * (constructor and fields), each class method, module-level bindings and module-level code.
 * The TypeScript goes through esbuild first, which drops types and type-only imports and
 * prints every file the same way (two-space indent, one declaration per line), so the cut can
 * follow indentation instead of needing a full parser.
 */

/** One piece of code that runs as a whole once something reaches it. */
export interface CodeUnit {
  /** `<file>#<name>`, `<file>#<Class>.<method>` or `<file>#<init>`. */
  id: string;
  file: string;
  /** The top-level name (function, class, binding); `<init>` for module-level statements. */
  name: string;
  /** The method's name, for a class method (or a field holding a function). */
  method?: string;
  /** A `private` or `#` method: only its own class reaches it, through `this`. */
  isPrivate?: boolean;
  body: string;
}

/** A name a file imports: where from, and under which exported name. */
export interface ImportedName {
  from: string;
  exported: string;
}

/** A source file, cut up. */
export interface CodeFile {
  file: string;
  units: CodeUnit[];
  /** Local name → import; `from` is a resolved file for relative imports, else the package. */
  imports: Map<string, ImportedName>;
  /** `export * from` targets, resolved. */
  starExports: string[];
  /** `export { a as b } from`: exported name → import. */
  reExports: Map<string, ImportedName>;
}

const TOP_FUNCTION = /^(?:export\s+)?(?:default\s+)?(?:async\s+)?function\*?\s+([\w$]+)/;
const TOP_CLASS = /^(?:export\s+)?(?:default\s+)?class\s+([\w$]+)/;
const TOP_BINDING = /^(?:export\s+)?(?:const|let|var)\s+(?:([\w$]+)|\{([^}]*)\})/;
const METHOD = /^ {2}(?:static\s+)?(?:async\s+)?(?:get\s+|set\s+)?\*?\s*(#?[\w$]+)\s*\(/;
/** A field holding a function: its body runs when called, not when the object is built. */
const FUNCTION_FIELD = /^ {2}(?:static\s+)?(#?[\w$]+)\s*=\s*(?:async\s+)?(?:function\b|\(|[\w$]+\s*=>)/;

/** Cuts one TypeScript source into units; `file` is its absolute path. */
export function cutSource(file: string, source: string): CodeFile {
  const code = transformSync(source, {
    loader: 'ts',
    format: 'esm',
    target: 'esnext',
    // Template literals become string concatenations: no string spans lines, so indentation is code.
    supported: { 'template-literal': false },
  }).code;
  // Comment lines (esbuild keeps TSDoc) could name a command the code never sends.
  const lines = code.split('\n').filter((line) => !/^\s*(?:\/\*\*?|\*|\/\/)/.test(line));
  const units: CodeUnit[] = [];
  for (const chunk of chunksAt(lines, 0)) {
    const header = chunk[0] ?? '';
    const body = chunk.join('\n');
    if (/^(?:import|export\s*[{*])/.test(header)) continue;
    const fn = TOP_FUNCTION.exec(header);
    const cls = TOP_CLASS.exec(header);
    const binding = TOP_BINDING.exec(header);
    if (fn?.[1]) units.push(unit(file, fn[1], body));
    else if (cls?.[1]) units.push(...classUnits(file, cls[1], chunk, privateMethodsIn(source)));
    else if (binding?.[1]) units.push(unit(file, binding[1], body));
    else if (binding?.[2] !== undefined) {
      for (const name of namesIn(binding[2])) units.push(unit(file, name, body));
    } else units.push(unit(file, '<init>', body));
  }
  return { file, units, ...importsOf(file, code) };
}

function unit(file: string, name: string, body: string, method?: string, isPrivate = false): CodeUnit {
  const id = `${file}#${method === undefined ? name : `${name}.${method}`}`;
  return { id, file, name, body, ...(method === undefined ? {} : { method, isPrivate }) };
}

/** Methods a TypeScript source declares `private` (esbuild drops the keyword). */
function privateMethodsIn(source: string): Set<string> {
  const declared = source.matchAll(/^\s+private\s+(?:static\s+)?(?:async\s+)?([\w$]+)\s*[(<]/gm);
  return new Set([...declared].map((match) => match[1] ?? ''));
}

/** Consecutive lines, cut where a line at this indent starts something (not a closing bracket). */
function chunksAt(lines: readonly string[], indent: number): string[][] {
  const starts = new RegExp(`^ {${indent}}[^\\s})\\]]`);
  const chunks: string[][] = [];
  for (const line of lines) {
    const current = chunks.at(-1);
    if (starts.test(line) || !current) chunks.push([line]);
    else current.push(line);
  }
  return chunks.filter((chunk) => chunk.some((line) => line.trim() !== ''));
}

/** The class as a unit (header, constructor, fields, static blocks) and one unit per method. */
function classUnits(
  file: string,
  className: string,
  chunk: readonly string[],
  privateMethods: ReadonlySet<string>,
): CodeUnit[] {
  const [header = '', ...members] = chunk;
  const construction: string[] = [header];
  const methods: CodeUnit[] = [];
  for (const member of chunksAt(members, 2)) {
    const first = member[0] ?? '';
    const name = METHOD.exec(first)?.[1] ?? FUNCTION_FIELD.exec(first)?.[1];
    if (name === undefined || name === 'constructor') construction.push(...member);
    else {
      const isPrivate = name.startsWith('#') || privateMethods.has(name);
      methods.push(unit(file, className, member.join('\n'), name, isPrivate));
    }
  }
  return [unit(file, className, construction.join('\n')), ...methods];
}

function namesIn(list: string): string[] {
  return list
    .split(',')
    .map((part) => /(?:[\w$]+\s*:\s*)?([\w$]+)\s*(?:=.*)?$/.exec(part.trim())?.[1] ?? '')
    .filter((name) => name !== '');
}

function importsOf(file: string, code: string): Omit<CodeFile, 'file' | 'units'> {
  const imports = new Map<string, ImportedName>();
  const reExports = new Map<string, ImportedName>();
  const starExports: string[] = [];
  for (const [, names = '', from = ''] of code.matchAll(/^import\s*\{([^}]*)\}\s*from\s*"([^"]+)"/gm)) {
    for (const [exported, local] of pairsIn(names))
      imports.set(local, { from: target(file, from), exported });
  }
  for (const [, local = '', from = ''] of code.matchAll(/^import\s+([\w$]+)\s+from\s*"([^"]+)"/gm)) {
    imports.set(local, { from: target(file, from), exported: 'default' });
  }
  for (const [, names = '', from = ''] of code.matchAll(/^export\s*\{([^}]*)\}\s*from\s*"([^"]+)"/gm)) {
    for (const [exported, local] of pairsIn(names))
      reExports.set(local, { from: target(file, from), exported });
  }
  for (const [, from = ''] of code.matchAll(/^export\s*\*\s*from\s*"([^"]+)"/gm)) {
    starExports.push(target(file, from));
  }
  return { imports, starExports, reExports };
}

/** `a, b as c` → [[a, a], [b, c]]. */
function pairsIn(names: string): Array<[string, string]> {
  return names
    .split(',')
    .map((part) => part.trim().split(/\s+as\s+/))
    .filter((pair): pair is [string] | [string, string] => pair[0] !== undefined && pair[0] !== '')
    .map(([exported, local]) => [exported, local ?? exported]);
}

/** A relative import as the file it loads (`./x` → `./x.ts` or `./x/index.ts`); a package as is. */
function target(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const base = resolve(dirname(file), specifier);
  const candidates = [`${base}.ts`, join(base, 'index.ts'), base];
  return candidates.find((candidate) => existsSync(candidate)) ?? `${base}.ts`;
}
