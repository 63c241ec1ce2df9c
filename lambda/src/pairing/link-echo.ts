import { ExpiredPairingCodeError, UnknownPairingCodeError } from './pairing-errors';
import { type ShowNewCodeDeps, showNewCode } from './show-new-code';

/**
 * Links an Echo (account and device) to the table showing `code`, and takes the used code off
 * the table's display. A wrong code that wore out tables' codes shows each of them a new one
 * before the answer, so the players beside those tables read a code that works.
 * @returns the table's thing name.
 * @throws UnknownPairingCodeError, ExpiredPairingCodeError, PairingLockedError
 */
export async function linkEcho(
  deps: ShowNewCodeDeps,
  request: { accountId: string; deviceId: string; code: string; now: number },
): Promise<string> {
  const outcome = await deps.pairings.link(request);
  if (outcome.status === 'refused') {
    await Promise.all(
      outcome.wornOut.map(async (worn) => {
        deps.log.warn('pairing code worn out by wrong codes', { thingName: worn.thingName });
        try {
          await showNewCode(deps, { ...worn, now: request.now });
        } catch (error) {
          // The worn code links no Echo all the same; the next wrong code or the table's own
          // request for a code (it asks again when its code expires) shows a new one.
          deps.log.error('worn pairing code not replaced', {
            thingName: worn.thingName,
            error,
          });
        }
      }),
    );
    throw outcome.reason === 'expired'
      ? new ExpiredPairingCodeError(request.code)
      : new UnknownPairingCodeError(request.code);
  }
  const { thingName } = outcome;
  deps.log.info('echo linked to a table', { thingName });
  try {
    await deps.shadows?.showPairing(thingName, null);
  } catch (error) {
    // Linked all the same; the table hides the used code when it expires.
    deps.log.warn('pairing code not cleared from the table', { thingName, error });
  }
  return thingName;
}
