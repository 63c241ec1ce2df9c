import type { MatchMode, Score, TeamColor, Teams } from '../match/types';

/** Round robin (everyone meets everyone), knockout (single elimination) or Monster DYP (draw your partner). */
export type TournamentFormat = 'round_robin' | 'knockout' | 'monster_dyp';

/** `finished` and `abandoned` are final. */
export type TournamentStatus = 'registering' | 'running' | 'finished' | 'abandoned';

export interface TournamentSettings {
  /** Points that win a game (5 unless told). */
  target: number;
  /** 1, or 3 for best of three games. */
  bestOf: 1 | 3;
  /** Monster DYP only: rounds to play; set at start when not given. */
  rounds?: number;
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

export interface TournamentRound {
  matches: TournamentMatch[];
  /** Monster DYP: players who sit this round out. */
  sittingOut?: number[];
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
  /** Round robin: the whole schedule from the start. Knockout and Monster DYP: rounds drawn so far. */
  rounds: TournamentRound[];
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
