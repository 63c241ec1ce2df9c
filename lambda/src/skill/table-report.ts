import type { TableReport } from '../shadow/table-health';
import type { SkillDeps } from './deps';

/**
 * What the table's shadow says (sensors, presence) for an answer that is fine without it:
 * undefined when the skill has no health reader or the shadow cannot be read. Never rejects.
 */
export async function tableReportOf(deps: SkillDeps, thing: string): Promise<TableReport | undefined> {
  try {
    return await deps.health?.read(thing);
  } catch (error) {
    deps.log.warn('table health unknown', { thingName: thing, error });
    return undefined;
  }
}
