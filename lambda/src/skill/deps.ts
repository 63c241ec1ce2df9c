import type { Logger } from '../logger';
import type { PairingStore } from '../pairing/pairing-store';
import type { ScoreboardLinks } from '../scoreboard/scoreboard-links';
import type { ShadowPublisher } from '../shadow/shadow-publisher';
import type { TableHealth } from '../shadow/table-health';
import type { HouseRulesStore } from '../store/dynamo-house-rules-store';
import type { LeagueRecords } from '../store/dynamo-league-records';
import type { LeagueStore } from '../store/dynamo-league-store';
import type { QueueStore } from '../store/dynamo-queue-store';
import type { StatsStore } from '../store/dynamo-stats-store';
import type { TournamentStore } from '../store/dynamo-tournament-store';
import type { MatchStore, PlayerDirectory } from '../store/ports';
import type { TableResolver } from './table-resolver';

/** What the skill's handlers need from the outside world: ports, a clock and ids. */
export interface SkillDeps {
  matches: MatchStore;
  players: PlayerDirectory;
  tables: TableResolver;
  log: Logger;
  now: () => number;
  newId: () => string;
  /** Tells the table what to show after each change; left out, no table is told. */
  shadows?: ShadowPublisher;
  /** Which league accounts and tables belong to; left out, each table is its own league. */
  leagues?: LeagueStore;
  /** Corrections, seasons and name changes of the league's records; left out, they get an apology. */
  records?: LeagueRecords;
  /** Pairing codes and Echo-to-table links; left out, "link table" is answered with an apology. */
  pairings?: PairingStore;
  /** The table's sensor health for the score answer; left out, the score is said without it. */
  health?: TableHealth;
  /** The account's tournament; left out, tournament requests are answered with an apology. */
  tournaments?: TournamentStore;
  /** The account's rankings and stats, one document per period; left out, stats questions get an apology. */
  stats?: StatsStore;
  /** The league's house rules (gamelles, midfield goals, fannys); left out, every league plays ITSF counting. */
  houseRules?: HouseRulesStore;
  /** Each table's challengers for winner stays; left out, queue requests get an apology. */
  queues?: QueueStore;
  /** Read-only web scoreboard links; left out, asking for one is answered with an apology. */
  scoreboard?: ScoreboardLinks;
}
