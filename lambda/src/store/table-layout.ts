/**
 * The single DynamoDB table: key builders and the table definition. The local stack creates
 * the table from `TABLE_DEFINITION`, and the CloudFormation template is checked against it,
 * so the two never drift. Property names follow CreateTable / AWS::DynamoDB::Table.
 */
export const TABLE_DEFINITION = {
  KeySchema: [
    { AttributeName: 'pk', KeyType: 'HASH' },
    { AttributeName: 'sk', KeyType: 'RANGE' },
  ],
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'sk', AttributeType: 'S' },
  ],
  BillingMode: 'PAY_PER_REQUEST',
  TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
} as const;

/** Primary key of every item. */
export interface ItemKey {
  pk: string;
  sk: string;
}

/** Sort-key prefix of an account's finished matches; they sort oldest to newest. */
export const HISTORY_SK_PREFIX = 'MATCH#';

/**
 * The partition of one Alexa account (its Echo links, its wrong pairing codes, its league
 * pointer), and also of one league (`leaguePk`): a league's partition has the same prefix,
 * so an account's records from before leagues became its league's in place, no item moved.
 */
export function accountPk(accountId: string): string {
  return `ACCOUNT#${accountId}`;
}

/** The partition holding a league's records: history, known players, stats, tournament, tables. */
export function leaguePk(leagueId: string): string {
  return accountPk(leagueId);
}

/** The league an account belongs to (`leagueId`), set when one of its Echos is first linked to a table. */
export function accountLeagueKey(accountId: string): ItemKey {
  return { pk: accountPk(accountId), sk: 'LEAGUE' };
}

/** Sort-key prefix of a league's tables. */
export const LEAGUE_TABLE_SK_PREFIX = 'TABLE#';

/** One table of a league (`thingName`): the web scoreboard shows the league's tables. */
export function leagueTableKey(leagueId: string, thingName: string): ItemKey {
  return { pk: leaguePk(leagueId), sk: `${LEAGUE_TABLE_SK_PREFIX}${thingName}` };
}

/** The league's seasons: the current one's number and start, the closed ones with their podium. */
export function seasonsKey(leagueId: string): ItemKey {
  return { pk: leaguePk(leagueId), sk: 'SEASONS' };
}

/** The league's house rules: how its matches count gamelles, midfield goals and fannys. */
export function houseRulesKey(leagueId: string): ItemKey {
  return { pk: leaguePk(leagueId), sk: 'HOUSE_RULES' };
}

/** The challengers waiting to play the winners on one table (winner stays), first in line first. */
export function queueKey(thingName: string): ItemKey {
  return { pk: `THING#${thingName}`, sk: 'QUEUE' };
}

/** The live match of one table (one item per table, overwritten by each new match). */
export function liveKey(thingName: string): ItemKey {
  return { pk: `THING#${thingName}`, sk: 'LIVE' };
}

/**
 * One finished match in the league's history. The ISO time first makes the sort key
 * chronological; the match id keeps two matches finished the same millisecond apart.
 */
export function historyKey(leagueId: string, finishedAt: number, matchId: string): ItemKey {
  return {
    pk: leaguePk(leagueId),
    sk: `${HISTORY_SK_PREFIX}${new Date(finishedAt).toISOString()}#${matchId}`,
  };
}

/** The names a league has played with. */
export function playersKey(leagueId: string): ItemKey {
  return { pk: leaguePk(leagueId), sk: 'PLAYERS' };
}

/** The league's current (or last) tournament: one item, overwritten when a new one is created. */
export function tournamentKey(leagueId: string): ItemKey {
  return { pk: leaguePk(leagueId), sk: 'TOURNAMENT' };
}

/** A pairing code while it is valid: the table that shows it. Expires by TTL on `expiresAt`. */
export function pairingCodeKey(code: string): ItemKey {
  return { pk: `PAIRING#${code}`, sk: 'CODE' };
}

/** The pairing code a table shows now (at most one valid code per table). */
export function tablePairingKey(thingName: string): ItemKey {
  return { pk: `THING#${thingName}`, sk: 'PAIRING' };
}

/** The table one of the account's Echo devices drives, once linked with a pairing code. */
export function deviceLinkKey(accountId: string, deviceId: string): ItemKey {
  return { pk: accountPk(accountId), sk: `DEVICE#${deviceId}` };
}

/** Sort-key prefix of an account's scoreboard links. */
export const ACCOUNT_BOARD_LINK_SK_PREFIX = 'BOARD#';

/**
 * A web scoreboard link: the SHA-256 of its token, never the token itself, so a copy of the
 * table opens no scoreboard. Holds the account it shows and when it was made.
 */
export function boardLinkKey(tokenHash: string): ItemKey {
  return { pk: `BOARD#${tokenHash}`, sk: 'LINK' };
}

/** The account's side of a scoreboard link, so "revoke the link" finds every link it made. */
export function accountBoardLinkKey(leagueId: string, tokenHash: string): ItemKey {
  return { pk: leaguePk(leagueId), sk: `${ACCOUNT_BOARD_LINK_SK_PREFIX}${tokenHash}` };
}

/** Sort-key prefix of an account's stats documents (one per period). */
export const STATS_SK_PREFIX = 'STATS#';

/** One aggregate stats document of a league: `all`, `month:2025-03` or `week:2025-W09`. */
export function statsKey(leagueId: string, period: string): ItemKey {
  return { pk: leaguePk(leagueId), sk: `${STATS_SK_PREFIX}${period}` };
}
