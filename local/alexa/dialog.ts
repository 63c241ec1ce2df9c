import type { EchoedSlot, EmptySlot, SimIntent } from './envelopes';
import type { ModelIntent } from './model';
import type { UpdatedIntent } from './response';
import type { SimSlot } from './slots';

/** What the skill's last Dialog directive left the device waiting for. */
export type PendingDialog =
  | { kind: 'elicit'; intent: SimIntent; slot: string }
  | { kind: 'confirmIntent'; intent: SimIntent }
  | { kind: 'confirmSlot'; intent: SimIntent; slot: string };

/** An intent with every slot the model declares, filled ones from `filled`, the rest empty. */
export function intentWithAllSlots(
  name: string,
  declared: ModelIntent | undefined,
  filled: Record<string, SimSlot>,
): SimIntent {
  const slotNames = declared?.slots?.map((slot) => slot.name) ?? Object.keys(filled);
  if (slotNames.length === 0) return { name, confirmationStatus: 'NONE' };
  const slots: Record<string, SimSlot | EmptySlot> = {};
  for (const slot of slotNames) slots[slot] = filled[slot] ?? { name: slot, confirmationStatus: 'NONE' };
  return { name, confirmationStatus: 'NONE', slots };
}

/**
 * The intent a Dialog directive carries over to the next turn: the skill's updatedIntent when it
 * sent one (slots it left out come back empty), else the intent of the request it answered.
 */
export function carriedIntent(
  updated: UpdatedIntent | undefined,
  current: SimIntent,
  declared: ModelIntent | undefined,
): SimIntent {
  if (!updated) return current;
  const slots: Record<string, SimSlot | EmptySlot | EchoedSlot> = {};
  const names = new Set([
    ...(declared?.slots?.map((slot) => slot.name) ?? []),
    ...Object.keys(updated.slots ?? {}),
  ]);
  for (const name of names) {
    const slot = updated.slots?.[name];
    const confirmationStatus = slot?.confirmationStatus ?? 'NONE';
    // A filled slot goes back as the skill sent it, as Alexa does.
    slots[name] =
      slot?.value !== undefined
        ? { ...slot, name, value: slot.value, confirmationStatus }
        : { name, confirmationStatus };
  }
  return {
    name: updated.name,
    confirmationStatus: updated.confirmationStatus ?? 'NONE',
    ...(names.size > 0 ? { slots } : {}),
  };
}

/** The pending intent with newly heard slots written over its own. */
export function withSlots(intent: SimIntent, heard: Record<string, SimSlot>): SimIntent {
  return { ...intent, slots: { ...intent.slots, ...heard } };
}
