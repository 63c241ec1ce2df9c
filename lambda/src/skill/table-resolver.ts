/** Says which table (IoT thing) an Echo device drives. */
export interface TableResolver {
  /** @returns the thing name, or undefined when this device drives no table. */
  tableFor(accountId: string, deviceId: string): Promise<string | undefined>;
}

/** Single-table setups (and the local stack): every Echo drives the same table. */
export function defaultTableResolver(defaultThingName: string | undefined): TableResolver {
  return { tableFor: async () => defaultThingName };
}
