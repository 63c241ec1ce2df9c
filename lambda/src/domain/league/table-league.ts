/**
 * Which league a table plays in. Every account whose Echo drives a table plays in and asks
 * about the table's league; a league may span several tables.
 */

/** The league a table gets on its first match when nobody moved it to another one. */
export function ownLeagueOf(thingName: string): string {
  return `table.${thingName}`;
}

/**
 * The table's league: the one stored with the table, or (a table never written) its own new
 * league. A table last written before leagues existed stores the account that started its
 * match, whose records are that league's (see the store's `LiveTable.leagueId`).
 */
export function tableLeague(live: { thingName: string; leagueId?: string }): string {
  return live.leagueId ?? ownLeagueOf(live.thingName);
}
