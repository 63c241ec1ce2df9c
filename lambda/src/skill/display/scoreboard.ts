import { summarizeScore } from '../../domain/match';
import type { Match, MatchStatus, TeamColor } from '../../domain/match/types';
import type { Translate } from '../../i18n/translator';
import { aplText } from './apl-text';
import type { Card } from './card';
import { matchCard } from './match-card';
import { matchHeadline, teamNames } from './match-text';
import { scoreboardDocument } from './scoreboard-document';
import type { Screen } from './screen';
import type { TouchButton } from './touch';

export type ScoreboardState = 'playing' | 'paused' | 'finished' | 'abandoned';

/** One team's panel: every text already localized and escaped for APL. */
export interface TeamPanel {
  team: TeamColor;
  label: string;
  names: string;
  score: number;
  /** "2 games" in a best-of match, empty otherwise. */
  games: string;
  winner: boolean;
}

/** The data the scoreboard document is drawn from (its `scoreboard` data source). */
export interface ScoreboardData {
  state: ScoreboardState;
  headline: string;
  footer: string;
  teams: TeamPanel[];
}

export const SCOREBOARD_TOKEN = 'babyfoot.scoreboard';

const STATES: Record<MatchStatus, ScoreboardState> = {
  in_progress: 'playing',
  paused: 'paused',
  finished: 'finished',
  abandoned: 'abandoned',
};

function footer(t: Translate, match: Match): string {
  if (match.status === 'paused') return t('display.paused');
  if (match.status === 'abandoned') return t('display.abandoned');
  if (match.status === 'finished' && match.winner) {
    const names = match.teams[match.winner];
    return t('display.winner', { names: teamNames(t, names), count: names.length });
  }
  const summary = summarizeScore(match);
  const parts: string[] = [];
  if (match.rules.bestOf > 1)
    parts.push(t('display.game', { number: summary.gameNumber, bestOf: match.rules.bestOf }));
  if (summary.matchPoint)
    parts.push(t('display.matchPoint', { names: teamNames(t, match.teams[summary.matchPoint]) }));
  return parts.join(' · ');
}

/** What the scoreboard shows for this match, localized. */
export function scoreboardData(t: Translate, match: Match): ScoreboardData {
  const panel = (team: TeamColor): TeamPanel => ({
    team,
    label: t(`display.team.${team}`),
    names: aplText(teamNames(t, match.teams[team])),
    score: match.score[team],
    games: match.rules.bestOf > 1 ? t('display.games', { count: match.gamesWon[team] }) : '',
    winner: match.status === 'finished' && match.winner === team,
  });
  return {
    state: STATES[match.status],
    headline: aplText(matchHeadline(t, match)),
    footer: aplText(footer(t, match)),
    teams: [panel('red'), panel('blue')],
  };
}

/**
 * The buttons under the score: a goal for either team while the match is on, and undo while
 * there is a goal to take back (right after the winning goal too, as "undo" says it). A paused
 * or abandoned match has none: "resume" is said, not tapped.
 */
export function scoreboardButtons(t: Translate, match: Match): TouchButton[] {
  const goal = (team: TeamColor): TouchButton => {
    const name = t(`display.team.${team}`);
    return {
      action: 'goal',
      team,
      label: aplText(t('display.touch.goal', { team: name })),
      spoken: t('display.touch.goalLabel', { team: name }),
    };
  };
  const undo: TouchButton = {
    action: 'undo',
    team: '',
    label: aplText(t('display.touch.undo')),
    spoken: t('display.touch.undoLabel'),
  };
  const scored = match.goals.length > 0;
  if (match.status === 'in_progress') return [goal('red'), goal('blue'), ...(scored ? [undo] : [])];
  if (match.status === 'finished' && scored) return [undo];
  return [];
}

/** The scoreboard screen of a match, its buttons answering a tap (see touch.ts). */
export function scoreboardScreen(t: Translate, match: Match): Screen {
  const buttons = scoreboardButtons(t, match);
  return {
    token: SCOREBOARD_TOKEN,
    document: scoreboardDocument,
    datasources: { scoreboard: scoreboardData(t, match), touch: { buttons } },
    ...(buttons.length > 0 ? { touchable: true } : {}),
  };
}

/**
 * The display options of an answer about a match: its scoreboard on a screen and, when
 * `card` is set, the score or result card in the Alexa app. Spread into `answer(...)` options.
 */
export function scoreboard(
  t: Translate,
  match: Match,
  options: { card?: boolean } = {},
): { screen: Screen; card?: Card } {
  const screen = scoreboardScreen(t, match);
  return options.card ? { screen, card: matchCard(t, match) } : { screen };
}
