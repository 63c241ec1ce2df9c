import { z } from 'zod';

/*
 * What each resource of a CloudFormation template waits for: the resources it names through
 * `Ref`, `Fn::GetAtt` (list or `Id.Attribute` form), `Fn::Sub` (`${Id}`, `${Id.Attribute}`;
 * `${!Literal}` and the variables of the two-argument form are not references) and
 * `DependsOn`. CloudFormation refuses a template whose resources wait for each other in a
 * circle, but only when it is deployed: this finds the circle first.
 */

const resourceSchema = z.object({
  DependsOn: z.union([z.string(), z.array(z.string())]).optional(),
});

/** Resource ID → the resource IDs it depends on. */
export type DependencyGraph = Map<string, Set<string>>;

/** The dependencies of every resource of a template (its `Resources` section). */
export function templateDependencies(resources: Record<string, unknown>): DependencyGraph {
  const ids = new Set(Object.keys(resources));
  const graph: DependencyGraph = new Map();
  for (const [id, resource] of Object.entries(resources)) {
    const named = new Set<string>();
    collectReferences(resource, named);
    for (const dependency of [resourceSchema.parse(resource).DependsOn ?? []].flat()) named.add(dependency);
    graph.set(id, new Set([...named].filter((name) => ids.has(name))));
  }
  return graph;
}

function collectReferences(value: unknown, into: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectReferences(item, into);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, argument] of Object.entries(value)) {
    if (key === 'Ref' && typeof argument === 'string') into.add(argument);
    else if (key === 'Fn::GetAtt') collectGetAtt(argument, into);
    else if (key === 'Fn::Sub') collectSub(argument, into);
    else collectReferences(argument, into);
  }
}

function collectGetAtt(argument: unknown, into: Set<string>): void {
  if (typeof argument === 'string') into.add(argument.split('.')[0] ?? argument);
  else if (Array.isArray(argument) && typeof argument[0] === 'string') into.add(argument[0]);
  else collectReferences(argument, into);
}

function collectSub(argument: unknown, into: Set<string>): void {
  const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
  const local = new Set(typeof variables === 'object' && variables !== null ? Object.keys(variables) : []);
  collectReferences(variables, into);
  if (typeof text !== 'string') return;
  for (const [, name = ''] of text.matchAll(/\$\{(?!!)([^}]+)\}/g)) {
    const id = name.split('.')[0] ?? name;
    if (!local.has(name) && !id.startsWith('AWS::')) into.add(id);
  }
}

/** A circle of resources that wait for each other (first one repeated at the end), if any. */
export function findCycle(graph: DependencyGraph): string[] | undefined {
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (id: string): string[] | undefined => {
    const onPath = path.indexOf(id);
    if (onPath >= 0) return [...path.slice(onPath), id];
    if (done.has(id)) return undefined;
    path.push(id);
    for (const next of graph.get(id) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    path.pop();
    done.add(id);
    return undefined;
  };
  for (const id of graph.keys()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Every resource `id` waits for, directly or not. */
export function dependenciesOf(graph: DependencyGraph, id: string): Set<string> {
  const seen = new Set<string>();
  const pending = [...(graph.get(id) ?? [])];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (seen.has(next)) continue;
    seen.add(next);
    pending.push(...(graph.get(next) ?? []));
  }
  return seen;
}
