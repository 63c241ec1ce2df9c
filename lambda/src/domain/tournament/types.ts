import type { MatchMode, Score, TeamColor, Teams } from '../match/types';

/**
 * Round robin (everyone meets everyone), knockout (single elimination), Monster DYP (draw your
 * partner), Swiss system, double elimination, or last man standing (lives, partners drawn).
 */
export type TournamentFormat =
  | 'round_robin'
  | 'knockout'
  | 'monster_dyp'
  | 'swiss'
  | 'double_elimination'
  | 'last_man_standing';

/** Qualifiers of a group stage (round robin or Monster DYP) for the knockout that follows it. */
export type PlayoffSize = 4 | 8;

/** `finished` and `abandoned` are final. */
export type TournamentStatus = 'registering' | 'running' | 'finished' | 'abandoned';

export interface TournamentSettings {
  /** Points that win a game (5 unless told). */
  target: number;
  /** 1, or 3 for best of three games. */
  bestOf: 1 | 3;
  /** Monster DYP and Swiss: rounds to play; set at start when not given. */
  rounds?: number;
  /** Last man standing: lives each player starts with. */
  lives?: number;
  /** Round robin or Monster DYP: this many of the best go on to a knockout. */
  playoff?: PlayoffSize;
}

/** A player (singles, Monster DYP) or a fixed team of two (doubles; one player while waiting for a partner). */
export interface Entrant {
  players: string[];
  /** Monster DYP: left after the start; kept so that their results stay in the standings. */
  left?: true;
}

/** `bye`: a knockout first-round slot with no opponent; red goes through without playing. */
export type TournamentMatchState = 'pending' | 'in_play' | 'played' | 'bye';

export interface TournamentMatch {
  /** Indexes into `entrants`: one per side, or two players per side in Monster DYP. */
  red: number[];
  /** Empty for a bye. */
  blue: number[];
  state: TournamentMatchState;
  /** Id of the table match, once started. */
  matchId?: string;
  /** Goals over the whole match, by tournament side. */
  goals?: Score;
  winner?: TeamColor;
  /** The loser forfeited (walkover). */
  forfeit?: true;
}

/**
 * Which part of a tournament a round belongs to: a double elimination's winners' or losers'
 * bracket, its grand final and the reset; the knockout after a group stage.
 */
export type RoundStage = 'winners' | 'losers' | 'grand_final' | 'reset' | 'playoff';

export interface TournamentRound {
  matches: TournamentMatch[];
  /** Monster DYP and last man standing: players who sit this round out. */
  sittingOut?: number[];
  /** Absent for a format's plain rounds. */
  stage?: RoundStage;
}

/**
 * A whole tournament, as one plain JSON value (one DynamoDB item). Every function of this
 * module takes one and returns a new one; none mutates its argument.
 */
export interface Tournament {
  format: TournamentFormat;
  /** How matches are played: Monster DYP is always doubles. */
  mode: MatchMode;
  status: TournamentStatus;
  settings: TournamentSettings;
  /** Knockout: in seed order once started (index 0 is seed 1). */
  entrants: Entrant[];
  /** The draw seed given at start: every draw derives from it, so a replay draws the same. */
  seed?: string;
  /** Round robin: the whole schedule from the start. Other formats: rounds drawn so far. */
  rounds: TournamentRound[];
  /**
   * The knockout after a group stage: its sides (entrant indexes: one entrant, or two players
   * of a Monster DYP) in seed order, fixed when the group stage ends.
   */
  qualifiers?: number[][];
}

/** One tournament match as players hear about it. */
export interface TournamentMatchView {
  /** 1-based. */
  round: number;
  /** 1-based position within the round. */
  number: number;
  /** The first named team is red. */
  teams: Teams;
  matchId?: string;
}
