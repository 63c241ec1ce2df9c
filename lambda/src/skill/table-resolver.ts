import type { PairingStore } from '../pairing/pairing-store';

/** Says which table (IoT thing) an Echo device drives. */
export interface TableResolver {
  /** @returns the thing name, or undefined when this device drives no table. */
  tableFor(accountId: string, deviceId: string): Promise<string | undefined>;
}

/** Single-table setups with no pairing: every Echo drives the same table. */
export function defaultTableResolver(defaultThingName: string | undefined): TableResolver {
  return { tableFor: async () => defaultThingName };
}

/**
 * An Echo drives the table it was linked to with a pairing code (one read of its link);
 * an Echo never linked drives `defaultThingName`, when the setup has one.
 */
export function linkedTableResolver(
  links: Pick<PairingStore, 'linkedTable'>,
  defaultThingName: string | undefined,
): TableResolver {
  return {
    tableFor: async (accountId, deviceId) =>
      (await links.linkedTable(accountId, deviceId)) ?? defaultThingName,
  };
}
