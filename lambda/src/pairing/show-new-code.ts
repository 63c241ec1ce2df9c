import type { Logger } from '../logger';
import type { ShadowPublisher } from '../shadow/shadow-publisher';
import type { IssuedPairing, PairingStore } from './pairing-store';

export interface ShowNewCodeDeps {
  pairings: PairingStore;
  shadows?: ShadowPublisher;
  log: Logger;
}

/**
 * Draws a code for the table and shows it (`desired.pairing`): what a table's request for a
 * code does, and what a code worn out by wrong tries gets. The same `eventId` again shows the
 * same code, so a retry (or two requests that saw one code wear out) never shows two.
 * @throws the store's or the data plane's error.
 */
export async function showNewCode(
  deps: ShowNewCodeDeps,
  request: { thingName: string; eventId: string; now: number },
): Promise<IssuedPairing> {
  const issued = await deps.pairings.issue(request);
  await deps.shadows?.showPairing(request.thingName, issued);
  // The code itself stays out of the logs: anyone reading them could link an Echo to the table.
  deps.log.info('pairing code issued', {
    thingName: request.thingName,
    eventId: request.eventId,
    expiresAt: issued.expiresAt,
  });
  return issued;
}
