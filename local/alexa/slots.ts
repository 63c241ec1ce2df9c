import type { SlotFill } from './slot-filling';

/** An entity resolution result for one authority, as Alexa sends it. */
export interface SimResolution {
  authority: string;
  status: { code: 'ER_SUCCESS_MATCH' | 'ER_SUCCESS_NO_MATCH' };
  values?: { value: { name: string; id: string } }[];
}

/** A filled slot of an IntentRequest, shaped like Alexa's. */
export interface SimSlot {
  name: string;
  value: string;
  confirmationStatus: 'NONE' | 'CONFIRMED' | 'DENIED';
  source: 'USER';
  resolutions?: { resolutionsPerAuthority: SimResolution[] };
  slotValue: { type: 'Simple'; value: string; resolutions?: { resolutionsPerAuthority: SimResolution[] } };
}

/** Authority of a custom type's static values. */
export function staticAuthority(skillId: string, type: string): string {
  return `amzn1.er-authority.echo-sdk.${skillId}.${type}`;
}

/** Authority of the dynamic entities a skill set for the session. */
export function dynamicAuthority(skillId: string, type: string): string {
  return `amzn1.er-authority.echo-sdk.dynamic.${skillId}.${type}`;
}

function resolution(authority: string, entity: { id: string; name: string } | undefined): SimResolution {
  return entity
    ? {
        authority,
        status: { code: 'ER_SUCCESS_MATCH' },
        values: [{ value: { name: entity.name, id: entity.id } }],
      }
    : { authority, status: { code: 'ER_SUCCESS_NO_MATCH' } };
}

/**
 * The slot Alexa would send for a fill. Custom types carry entity resolution: the dynamic
 * authority first when the session has dynamic entities of that type, then the static one.
 */
export function buildSlot(
  name: string,
  type: string,
  fill: SlotFill,
  options: { skillId: string; customType: boolean; hasDynamicEntities: boolean },
): SimSlot {
  const authorities: SimResolution[] = [];
  if (options.hasDynamicEntities)
    authorities.push(resolution(dynamicAuthority(options.skillId, type), fill.dynamicEntity));
  if (options.customType)
    authorities.push(resolution(staticAuthority(options.skillId, type), fill.staticEntity));
  const resolutions = authorities.length > 0 ? { resolutionsPerAuthority: authorities } : undefined;
  return {
    name,
    value: fill.value,
    confirmationStatus: 'NONE',
    source: 'USER',
    ...(resolutions ? { resolutions } : {}),
    slotValue: { type: 'Simple', value: fill.value, ...(resolutions ? { resolutions } : {}) },
  };
}
