import type { ResolvedUtterance } from './resolver';

/** An utterance and what Alexa should hear: the intent and, per slot, `value` or `value → id`. */
export type UtteranceCase = [text: string, intent: string, slots?: Record<string, string>];

/** Slots of a resolution as `value` (no entity resolution) or `value → id` / `value → ?` (no match). */
export function slotSummary(heard: ResolvedUtterance): Record<string, string> {
  const summary: Record<string, string> = {};
  for (const [name, slot] of Object.entries(heard.slots)) {
    const authorities = slot.resolutions?.resolutionsPerAuthority;
    if (!authorities) {
      summary[name] = slot.value;
      continue;
    }
    const match = authorities.find((authority) => authority.status.code === 'ER_SUCCESS_MATCH');
    summary[name] = `${slot.value} → ${match?.values?.[0]?.value.id ?? '?'}`;
  }
  return summary;
}
