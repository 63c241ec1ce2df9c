// biome-ignore-all lint/suspicious/noTemplateCurlyInString: APL data-binding expressions, evaluated like the device would
import { z } from 'zod';

/** A screen as a RenderDocument directive drew it: its document and the data it is bound to. */
export interface DrawnScreen {
  token: string;
  document: unknown;
  datasources: Record<string, unknown>;
}

/** Nothing on the screen answers to that label, or what it would send is beyond this simulator. */
export class NothingToTapError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NothingToTapError';
  }
}

interface Scope {
  datasources: Record<string, unknown>;
  data?: unknown;
  index?: number;
}

const CHILDREN = ['item', 'items', 'firstItem', 'lastItem'] as const;
const record = z.record(z.string(), z.unknown());
const sendEvent = z.looseObject({
  type: z.literal('SendEvent'),
  when: z.string().optional(),
  arguments: z.array(z.unknown()).default([]),
});

function isRecord(value: unknown): value is Record<string, unknown> {
  return record.safeParse(value).success && !Array.isArray(value);
}

function follow(root: unknown, keys: readonly string[]): unknown {
  let current = root;
  for (const key of keys) {
    if (Array.isArray(current) && key === 'length') current = current.length;
    else if (isRecord(current)) current = current[key];
    else return undefined;
  }
  return current;
}

function resolve(path: string, scope: Scope): unknown {
  const [root = '', ...rest] = path.split('.');
  if (root === 'index') return scope.index;
  return follow(root === 'data' ? scope.data : scope.datasources[root], rest);
}

/**
 * The value of a property as the device would compute it, for the few expression shapes the
 * skill's touchable parts use: `${a.b}`, `${a.b[index]}`, `${index < a.b.length}`, and text
 * around whole bindings. Anything else throws: a test must not pass on a guess.
 */
export function evaluate(template: string, scope: Scope): unknown {
  const whole = /^\$\{([^}]*)\}$/.exec(template)?.[1]?.trim();
  if (whole !== undefined) {
    const indexed = /^([A-Za-z_][\w.]*)(\[index\])?$/.exec(whole);
    if (indexed?.[1]) {
      const value = resolve(indexed[1], scope);
      return indexed[2] && Array.isArray(value) ? value[scope.index ?? -1] : value;
    }
    const below = /^index < ([A-Za-z_][\w.]*)$/.exec(whole);
    if (below?.[1]) return (scope.index ?? 0) < Number(resolve(below[1], scope));
    throw new NothingToTapError(`the simulated Echo cannot evaluate \${${whole}}`);
  }
  return template.replace(/\$\{([A-Za-z_][\w.]*)\}/g, (_, path: string) => String(resolve(path, scope)));
}

/** A Text component's markup as it reads on screen (the entities the skill escapes, decoded). */
function shownText(markup: string): string {
  return markup.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** Every text a touch wrapper shows or says: what a person would point at. */
function labelsOf(node: Record<string, unknown>, scope: Scope): string[] {
  const spoken = typeof node.accessibilityLabel === 'string' ? [node.accessibilityLabel] : [];
  const shown = node.type === 'Text' && typeof node.text === 'string' ? [node.text] : [];
  const own = [
    ...spoken.map((value) => String(evaluate(value, scope))),
    ...shown.map((value) => shownText(String(evaluate(value, scope)))),
  ];
  const children = CHILDREN.flatMap((key) => {
    const child = node[key];
    return (Array.isArray(child) ? child : [child]).filter(isRecord).flatMap((c) => labelsOf(c, scope));
  });
  return [...own, ...children];
}

/** The arguments each SendEvent of a press sends, `when` evaluated; none when nothing is sent. */
function pressed(node: Record<string, unknown>, scope: Scope): unknown[][] {
  const commands = Array.isArray(node.onPress) ? node.onPress : [node.onPress];
  return commands.flatMap((command) => {
    const parsed = sendEvent.safeParse(command);
    if (!parsed.success) return [];
    if (parsed.data.when !== undefined && evaluate(parsed.data.when, scope) !== true) return [];
    return [parsed.data.arguments.map((arg) => (typeof arg === 'string' ? evaluate(arg, scope) : arg))];
  });
}

function findPress(node: unknown, scope: Scope, label: string): unknown[][] | undefined {
  if (Array.isArray(node)) {
    for (const child of node) {
      const found = findPress(child, scope, label);
      if (found) return found;
    }
    return undefined;
  }
  if (!isRecord(node)) return undefined;
  if (node.type === 'TouchWrapper' && labelsOf(node, scope).includes(label)) return pressed(node, scope);
  const binding = typeof node.data === 'string' ? /^\$\{([\w.]+)\}$/.exec(node.data)?.[1] : undefined;
  const items = binding === undefined ? undefined : resolve(binding, scope);
  const scopes: Scope[] = Array.isArray(items)
    ? items.map((data, index) => ({ ...scope, data, index }))
    : [scope];
  for (const inner of scopes)
    for (const key of CHILDREN) {
      const found = findPress(node[key], inner, label);
      if (found) return found;
    }
  return undefined;
}

/**
 * What tapping the part of the screen labelled `label` sends: the arguments of its SendEvent
 * command, bound to the data it was drawn from.
 * @throws NothingToTapError when no touch wrapper shows or says that label, or its press sends nothing.
 */
export function tapArguments(screen: DrawnScreen, label: string): unknown[] {
  const document = record.parse(screen.document);
  const main = record.parse(document.mainTemplate);
  const found = findPress(main.items, { datasources: screen.datasources }, label);
  if (found === undefined)
    throw new NothingToTapError(`nothing labelled "${label}" on the screen ${screen.token}`);
  const [first] = found;
  if (first === undefined)
    throw new NothingToTapError(`"${label}" sends nothing on the screen ${screen.token}`);
  return first;
}
