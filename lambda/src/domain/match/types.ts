/** The two sides of the table. The first team named when a match starts is red. */
export type TeamColor = 'red' | 'blue';
export const TEAM_COLORS: readonly TeamColor[] = ['red', 'blue'];

export type MatchMode = 'singles' | 'doubles';

/** Life cycle of a match. `finished` and `abandoned` are final. */
export type MatchStatus = 'in_progress' | 'paused' | 'finished' | 'abandoned';

export interface Score {
  red: number;
  blue: number;
}

export interface Teams {
  red: string[];
  blue: string[];
}

/**
 * How a game and a match are won.
 * Bar rules (the default): one game to 10. ITSF preset: games to 5, best of 3 or 5,
 * the deciding game won by 2 and capped at 8.
 */
export interface MatchRules {
  /** Points that win a game. */
  target: number;
  /** Lead needed to win a game at or past the target (1: first to target wins). */
  winBy: number;
  /** A game ends when a team reaches this score, whatever the lead. */
  cap?: number;
  /** Number of games the match is played over (1, 3, 5…); a team needs ceil(bestOf / 2). */
  bestOf: number;
  /** Overrides for the deciding game (the last game that can be played), as in ITSF rules. */
  decidingGame?: { winBy: number; cap?: number };
  /** Where these rules come from, for speech. */
  preset?: 'bar' | 'itsf';
  /** How the house counts gamelles, midfield goals and fannys (absent: ITSF, every goal one point). */
  house?: HouseScoring;
}

/** A league's own way of counting, as a match applies it (see `scoring.ts`). */
export interface HouseScoring {
  /** A gamelle is one goal (ITSF), or takes a point off the other team (the café rule). */
  gamelle: 'goal' | 'minusOne';
  /** A point taken off may leave a team below zero. */
  belowZero?: boolean;
  /** A goal from the midfield ("demi") counts one, nothing, or two. */
  midfield: 'counts' | 'void' | 'double';
  /** A game is won at this score when the other team has none (a fanny); absent: only the target wins. */
  fannyAt?: number;
  /** `false`: a match won on a fanny is not announced as one. */
  announceFanny?: false;
}

/** Who reported a goal: a voice command, or the table's sensors. */
export type GoalSource = 'voice' | 'table';

/**
 * A ball that went in, a "gamelle" (went in and came back out: it counts) or a goal from the
 * midfield ("demi"): the house rules say what the last two are worth.
 */
export type GoalKind = 'goal' | 'gamelle' | 'midfield';

export interface Goal {
  /** Unique within the match. For table goals, the device's eventId. */
  id: string;
  team: TeamColor;
  /** The player credited, when the goal was given to a player by name. */
  scorer?: string;
  kind: GoalKind;
  source: GoalSource;
  /** Epoch ms: the table's clock for table goals (kept within a day of the backend's), else the backend's. */
  at: number;
  /** The table's own count of its goal events, kept across its restarts: orders goals with the same `at`. */
  seq?: number;
  /** The ball's speed through the goal, km/h, when the table measured it (a second beam). */
  speedKmh?: number;
}

export interface Match {
  id: string;
  status: MatchStatus;
  mode: MatchMode;
  teams: Teams;
  rules: MatchRules;
  /** Every counted goal of the match, in order; score, games and winner derive from it. */
  goals: Goal[];
  /** Score of each finished game, in order. */
  games: Score[];
  /** Score of the running game (the last game's final score once the match is finished). */
  score: Score;
  /** Games won by each team. */
  gamesWon: Score;
  /** Event ids of table goals already seen, counted or undone: a retried event is never recounted. */
  seenEventIds: string[];
  startedAt: number;
  pausedAt?: number;
  finishedAt?: number;
  winner?: TeamColor;
  /** Set when the match is a tournament's: its result is recorded there when it finishes. */
  tournament?: TournamentLink;
  /** The goal last announced as the season's fastest shot (its id): a record is said once. */
  shotRecordSaid?: string;
}

/** Which tournament a match belongs to (the tournament finds its own match by the match id). */
export interface TournamentLink {
  id: string;
}
