import type { SensorsHealth } from '../sensors/goal-detector';
import type { ShadowMatch, ShadowPairing } from '../shadow/shadow-match';

/** What the table shows about its match. */
export type TablePhase = 'WAITING' | 'PLAYING' | 'PAUSED' | 'FINISHED';

export type ConnectionState = 'connecting' | 'online' | 'offline';

/** Everything the table displays: a console embedding the bridge renders the same thing. */
export interface TableView {
  thingName: string;
  connection: ConnectionState;
  phase: TablePhase;
  /** The match as shown: the shadow's, plus goals seen here that the cloud has not confirmed yet. */
  match?: ShadowMatch;
  sensors: SensorsHealth;
  /** A pairing code to read out to Alexa, while it is valid. */
  pairing?: ShadowPairing;
  /** Goals stored on the table and not yet acknowledged by the broker. */
  pendingGoals: number;
  /** A short message for the last thing that happened ("GOAL for RED!"). */
  notice?: string;
}

/** The phase a match puts the table in (an abandoned match leaves the table waiting). */
export function tablePhase(match: ShadowMatch | undefined): TablePhase {
  switch (match?.status) {
    case 'in_progress':
      return 'PLAYING';
    case 'paused':
      return 'PAUSED';
    case 'finished':
      return 'FINISHED';
    default:
      return 'WAITING';
  }
}
