// biome-ignore-all lint/suspicious/noTemplateCurlyInString: APL data-binding expressions, evaluated on the device
import type { Screen } from './screen';

/** Names an APL expression may use without the document defining them. */
const BUILT_IN = new Set([
  'viewport',
  'environment',
  'Math',
  'String',
  'Array',
  'Time',
  'index',
  'ordinal',
  'length',
  'elapsedTime',
  'localTime',
  'utcTime',
  'event',
  'true',
  'false',
  'null',
]);
const CHILDREN = ['item', 'items', 'firstItem', 'lastItem'] as const;
const EXPRESSION = /\$\{([^}]*)\}/g;
const QUOTED = /'[^']*'|"[^"]*"/g;
const PATH = /(?<![\w.@])[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*/g;

type Scope = { names: Set<string>; data: unknown[] | undefined };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Follows `a.b.c` in a value; arrays answer `length`. */
function follow(value: unknown, keys: readonly string[]): { found: boolean; value: unknown } {
  let current = value;
  for (const key of keys) {
    if (Array.isArray(current) && key === 'length') current = current.length;
    else if (isRecord(current) && key in current) current = current[key];
    else return { found: false, value: undefined };
  }
  return { found: true, value: current };
}

/** Walks a document, noting every binding that would not resolve against the data sources. */
class BindingChecker {
  readonly problems: string[] = [];
  private readonly parameters: readonly string[];
  private readonly resources: Set<string>;
  private readonly layouts: Record<string, unknown>;

  constructor(private readonly screen: Screen) {
    const { document } = screen;
    this.parameters = document.mainTemplate.parameters;
    this.layouts = document.layouts ?? {};
    this.resources = new Set(
      document.resources.flatMap((block) => [
        ...Object.keys(block.colors ?? {}),
        ...Object.keys(block.dimensions ?? {}),
        ...Object.keys(block.numbers ?? {}),
      ]),
    );
  }

  walk(node: unknown, scope: Scope): void {
    if (typeof node === 'string') {
      this.checkExpressions(node, scope);
    } else if (Array.isArray(node)) {
      for (const child of node) this.walk(child, scope);
    } else if (isRecord(node)) {
      this.walkComponent(node, scope);
    }
  }

  private walkComponent(node: Record<string, unknown>, scope: Scope): void {
    const names = new Set(scope.names);
    if (Array.isArray(node.bind))
      for (const bound of node.bind)
        if (isRecord(bound) && typeof bound.name === 'string') names.add(bound.name);
    const here: Scope = { names, data: scope.data };
    // Children of a data-bound component are inflated once per item: `data` is that item.
    const inner: Scope = 'data' in node ? { names, data: this.boundItems(node.data, here) } : here;
    if (typeof node.type === 'string' && !(node.type in this.layouts) && /^[a-z]/.test(node.type))
      this.problems.push(`component type ${node.type} is not an APL component`);
    for (const [key, value] of Object.entries(node))
      this.walk(value, (CHILDREN as readonly string[]).includes(key) ? inner : here);
  }

  private checkExpressions(text: string, scope: Scope): void {
    const reference = /^@(\w+)$/.exec(text)?.[1];
    if (reference !== undefined && !this.resources.has(reference))
      this.problems.push(`resource @${reference} is not defined`);
    for (const [, body = ''] of text.matchAll(EXPRESSION)) {
      const code = body.replace(QUOTED, "''");
      for (const [, resource = ''] of code.matchAll(/@(\w+)/g))
        if (!this.resources.has(resource)) this.problems.push(`resource @${resource} is not defined`);
      for (const [path] of code.replace(/@\w+/g, '').matchAll(PATH)) this.checkPath(path.split('.'), scope);
    }
  }

  private checkPath(keys: string[], scope: Scope): void {
    const [root = '', ...rest] = keys;
    const shown = `\${${keys.join('.')}}`;
    if (this.parameters.includes(root)) {
      if (!follow(this.screen.datasources[root], rest).found)
        this.problems.push(`${shown} is not in the data`);
    } else if (root === 'data') {
      if (!scope.data) this.problems.push(`${shown} is used outside a data-bound component`);
      else if (scope.data.some((item) => !follow(item, rest).found))
        this.problems.push(`${shown} is missing from some data items`);
    } else if (!BUILT_IN.has(root) && !scope.names.has(root)) {
      this.problems.push(`${shown}: ${root} is not defined`);
    }
  }

  /** The items a `data` binding iterates over, from the data sources or the enclosing item. */
  private boundItems(binding: unknown, scope: Scope): unknown[] {
    const path = typeof binding === 'string' ? /^\$\{([\w.]+)\}$/.exec(binding)?.[1] : undefined;
    if (!path) return [];
    const [root = '', ...rest] = path.split('.');
    const sources = root === 'data' ? (scope.data ?? []) : [this.screen.datasources[root]];
    return sources.flatMap((source) => {
      const { value } = follow(source, rest);
      return Array.isArray(value) ? value : [];
    });
  }
}

/**
 * What is wrong with a screen's document, structurally: not APL, no version, a template
 * parameter without its data source, a resource never defined, a name nothing defines, or a
 * data path (`${scoreboard.teams}`, `${data.score}`) that the data sources do not hold.
 * Empty when the screen would render with every binding resolved.
 */
export function aplDocumentProblems(screen: Screen): string[] {
  const { document, datasources } = screen;
  const problems: string[] = [];
  if (document.type !== 'APL') problems.push(`type is ${String(document.type)}, not APL`);
  if (!/^\d{4}\.\d+$/.test(document.version))
    problems.push(`version ${document.version} is not an APL version`);
  for (const name of document.mainTemplate.parameters)
    if (!isRecord(datasources[name])) problems.push(`parameter ${name} has no data source`);
  if (document.mainTemplate.items.length === 0) problems.push('mainTemplate has no items');
  const checker = new BindingChecker(screen);
  const top: Scope = { names: new Set(), data: undefined };
  checker.walk(document.mainTemplate.items, top);
  for (const layout of Object.values(document.layouts ?? {}))
    checker.walk(layout.item, { names: new Set(layout.parameters), data: undefined });
  for (const block of document.resources) if (block.when) checker.walk(block.when, top);
  return [...problems, ...checker.problems];
}
