import { accountPk, type ItemKey } from '../store/table-layout';

/*
 * Keys of the items that guard pairing against guessing. They live here rather than in
 * `store/table-layout.ts` because only the pairing store reads them; they follow its layout
 * (an account's items under `ACCOUNT#<account>`, a table's under `THING#<thing>`).
 */

/**
 * The account's latest wrong pairing codes (a sliding window), so one account cannot try code
 * after code. Expires by TTL once its newest try leaves the window.
 */
export function pairingTriesKey(accountId: string): ItemKey {
  return { pk: accountPk(accountId), sk: 'PAIRING_TRIES' };
}

/** The partition listing every table that shows a code now: a wrong code counts on each of them. */
export const SHOWN_PAIRINGS_PK = 'PAIRING#SHOWN';

/** Sort-key prefix of the tables listed under `SHOWN_PAIRINGS_PK`. */
export const SHOWN_PAIRING_SK_PREFIX = 'THING#';

/** One table showing a code, listed while the code is valid (TTL on `expiresAt`, like the code). */
export function shownPairingKey(thingName: string): ItemKey {
  return { pk: SHOWN_PAIRINGS_PK, sk: `${SHOWN_PAIRING_SK_PREFIX}${thingName}` };
}
