import { envReadsIn, iamActionsFor, type SdkCall, transactItemKindsIn } from './code-scan';
import { type CodeFile, type CodeUnit, cutSource } from './code-units';

/*
 * Which code a Lambda entry can run, so each function's role and environment can be checked
 * against its own code paths rather than against everything in lambda/src.
 *
 * A unit reaches the top-level names it uses (its own file's, or imported ones, through
 * `export *` and re-exports). A method is reached when its class is (something builds or
 * names it) and some reached code reads a property of that name (`store.load(…)` reaches the
 * `load` of every reached class: the graph knows no types, so a call through an interface
 * reaches every implementation with that name); a `private` method only through `this.` in
 * its own class. This over-approximates and never misses a direct call; it would miss a
 * method called through a computed name (`obj[name]()`), which the Lambda code does not do.
 *
 * What runs when the module is loaded (building clients and handlers) is not followed from an
 * entry: loading sends nothing to AWS, which test/deploy/bundle.test.ts checks on the bundle.
 */

/** The Lambda code as units, with what each one uses. */
export interface CallGraph {
  units: Map<string, CodeUnit>;
  files: Map<string, CodeFile>;
  /** Top-level declarations each unit names (and, for `this.x`, its own class's methods). */
  edges: Map<string, Set<string>>;
  /** Property names each unit reads (`x.name`, `x?.name`). */
  members: Map<string, Set<string>>;
  /** Class unit id → its public methods by name. */
  methodsOfClass: Map<string, Map<string, string>>;
  /** The raw source of each file (for the transaction item kinds). */
  sources: Map<string, string>;
}

/** Builds the graph of the given sources (absolute path → TypeScript source). */
export function buildCallGraph(sources: Map<string, string>): CallGraph {
  const files = new Map([...sources].map(([file, source]) => [file, cutSource(file, source)]));
  const units = new Map([...files.values()].flatMap((f) => f.units).map((u) => [u.id, u]));
  const classOf = (unit: CodeUnit) => `${unit.file}#${unit.name}`;
  const methodsOfClass = new Map<string, Map<string, string>>();
  for (const unit of units.values()) {
    if (unit.method === undefined || unit.isPrivate) continue;
    const methods = methodsOfClass.get(classOf(unit)) ?? new Map<string, string>();
    methodsOfClass.set(classOf(unit), methods.set(unit.method, unit.id));
  }
  const edges = new Map<string, Set<string>>();
  const members = new Map<string, Set<string>>();
  for (const unit of units.values()) {
    const file = files.get(unit.file);
    if (!file) continue;
    const targets = new Set<string>();
    // A spread (`...statsHandlers(deps)`) names what follows it: it is not a property read.
    const body = unit.body.replaceAll('...', ' ');
    for (const [, name = ''] of body.matchAll(/(?<![.\w$#])([A-Za-z_$][\w$]*)/g)) {
      for (const id of resolveName(files, file, name)) targets.add(id);
    }
    if (unit.method !== undefined) {
      for (const [, name = ''] of unit.body.matchAll(/\bthis\.(#?[\w$]+)/g)) {
        const own = `${classOf(unit)}.${name}`;
        if (units.has(own)) targets.add(own);
      }
    }
    targets.delete(unit.id);
    edges.set(unit.id, targets);
    members.set(
      unit.id,
      new Set([...unit.body.matchAll(/\.\s*(#?[A-Za-z_$][\w$]*)/g)].map((m) => m[1] ?? '')),
    );
  }
  return { units, files, edges, members, methodsOfClass, sources };
}

/** The units a top-level name of `file` stands for: a local declaration, or what it imports. */
function resolveName(files: Map<string, CodeFile>, file: CodeFile, name: string): string[] {
  const local = file.units.filter((u) => u.name === name && u.method === undefined).map((u) => u.id);
  if (local.length > 0) return local;
  const imported = file.imports.get(name);
  return imported ? exportedUnits(files, imported.from, imported.exported, new Set()) : [];
}

function exportedUnits(
  files: Map<string, CodeFile>,
  from: string,
  name: string,
  seen: Set<string>,
): string[] {
  const file = files.get(from);
  if (!file || seen.has(from)) return [];
  seen.add(from);
  const declared = file.units.filter((u) => u.name === name && u.method === undefined).map((u) => u.id);
  if (declared.length > 0) return declared;
  const reExport = file.reExports.get(name);
  if (reExport) return exportedUnits(files, reExport.from, reExport.exported, seen);
  return file.starExports.flatMap((star) => exportedUnits(files, star, name, seen));
}

/** Options of a reachability walk. */
export interface ReachOptions {
  /**
   * Property names not followed to class methods: a built-in method name (e.g. `replace`) that
   * the code calls on strings, when a reached class also has a method of that name that the
   * code never calls. Each one is a claim the caller must justify.
   */
  ignoredMembers?: ReadonlySet<string>;
}

/** Every unit reachable from the roots, the roots included. */
export function reachableUnits(
  graph: CallGraph,
  roots: readonly string[],
  options: ReachOptions = {},
): CodeUnit[] {
  const seen = new Set<string>();
  const classes = new Set<string>();
  const readNames = new Set<string>();
  const pending = [...roots];
  const visit = (id: string) => {
    seen.add(id);
    pending.push(...(graph.edges.get(id) ?? []));
    const methods = graph.methodsOfClass.get(id);
    if (methods) {
      classes.add(id);
      for (const [name, method] of methods) if (readNames.has(name)) pending.push(method);
    }
    for (const name of graph.members.get(id) ?? []) {
      if (readNames.has(name) || options.ignoredMembers?.has(name)) continue;
      readNames.add(name);
      for (const cls of classes) {
        const method = graph.methodsOfClass.get(cls)?.get(name);
        if (method) pending.push(method);
      }
    }
  };
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) if (!seen.has(id)) visit(id);
  return [...seen].flatMap((id) => graph.units.get(id) ?? []);
}

/** The unit of an exported top-level binding or function of `file`, e.g. index.ts's `scoreboardHandler`. */
export function entryUnit(graph: CallGraph, file: string, exportName: string): string {
  const unit = [...graph.units.values()].find(
    (u) => u.file === file && u.name === exportName && u.method === undefined,
  );
  if (!unit) throw new Error(`${file} declares no ${exportName}`);
  return unit.id;
}

/** The AWS SDK commands a unit constructs, from what its file imports from `@aws-sdk/*`. */
export function sdkCallsOf(graph: CallGraph, unit: CodeUnit): SdkCall[] {
  const imports = graph.files.get(unit.file)?.imports ?? new Map();
  return [...unit.body.matchAll(/new\s+([\w$]+)\s*\(/g)].flatMap(([, local = '']) => {
    const imported = imports.get(local);
    return imported?.from.startsWith('@aws-sdk/') && imported.exported.endsWith('Command')
      ? [{ packageName: imported.from, command: imported.exported }]
      : [];
  });
}

/** The IAM actions the code reachable from the roots needs. */
export function iamActionsReachable(
  graph: CallGraph,
  roots: readonly string[],
  options: ReachOptions = {},
): Set<string> {
  const actions = new Set<string>();
  for (const unit of reachableUnits(graph, roots, options)) {
    const kinds = transactItemKindsIn(graph.sources.get(unit.file) ?? '');
    for (const call of sdkCallsOf(graph, unit))
      for (const action of iamActionsFor(call, kinds)) actions.add(action);
  }
  return actions;
}

/** The environment variables the code reachable from the roots reads. */
export function envReadsReachable(
  graph: CallGraph,
  roots: readonly string[],
  options: ReachOptions = {},
): Set<string> {
  return new Set(reachableUnits(graph, roots, options).flatMap((unit) => envReadsIn(unit.body)));
}
