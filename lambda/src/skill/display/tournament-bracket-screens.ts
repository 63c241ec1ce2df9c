import {
  type BracketColumn,
  type BracketMatch,
  type BracketSide,
  bracketView,
  progress,
  type Tournament,
} from '../../domain/tournament';
import type { Translate } from '../../i18n/translator';
import { type Bracket, type BracketBox, type BracketLine, bracketCard, bracketScreen } from './bracket';
import { teamNames } from './match-text';
import type { ScreenAndCard } from './screen-and-card';

export const BRACKET_TOKEN = 'babyfoot.tournamentBracket';

/** "Final", "Semi-finals", "Quarter-finals", else "Round 2"; a double elimination's rounds by number. */
function roundTitle(t: Translate, column: BracketColumn): string {
  const { roundsAfter } = column;
  if (roundsAfter !== undefined && roundsAfter <= 2)
    return t(`display.tournament.bracket.roundsAfter.${roundsAfter}`);
  return t('display.tournament.bracket.round', { round: column.round });
}

function bracketLine(t: Translate, match: BracketMatch, side: BracketSide | undefined): BracketLine {
  if (!side) return { names: t('display.tournament.bracket.bye'), score: '', winner: false };
  const names =
    side.players.length === 0 ? t('display.tournament.bracket.toBeDecided') : teamNames(t, side.players);
  const forfeited = match.forfeit === true && !side.won;
  const score = forfeited
    ? t('display.tournament.bracket.forfeitScore')
    : side.goals === undefined
      ? ''
      : String(side.goals);
  return { names, score, winner: side.won };
}

function bracketBox(t: Translate, match: BracketMatch): BracketBox {
  const box: BracketBox = {
    red: bracketLine(t, match, match.red),
    blue: bracketLine(t, match, match.blue),
    live: match.state === 'in_play',
  };
  if (match.forfeit) box.walkover = true;
  else if (match.state === 'bye') box.bye = t('display.tournament.bracket.byeNote');
  else if (box.live) box.note = t('display.tournament.bracket.live');
  return box;
}

/** "Knockout · Round 1 of 2 · 2 to go", "Double elimination · Round 4 · at least 5 to go", "… · the tournament is over". */
function bracketSubtitle(t: Translate, tournament: Tournament): string {
  const format = t(`display.tournament.format.${tournament.format}`);
  const state = progress(tournament);
  if (state.status !== 'running') return t(`display.tournament.bracket.status.${state.status}`, { format });
  const stage = tournament.qualifiers ? t('display.tournament.bracket.playoffStage', { format }) : format;
  const open = state.totalRounds === 0;
  return t(open ? 'display.tournament.bracket.openProgress' : 'display.tournament.bracket.progress', {
    format: stage,
    round: state.round,
    total: state.totalRounds,
    count: state.matchesLeft,
  });
}

/**
 * The bracket of an elimination format (knockout, double elimination, the knockout stage after
 * a group stage) on a screen, its rounds as columns, and as a card; undefined for the other
 * formats, and before a group stage's knockout is drawn.
 */
export function tournamentBracketDisplay(t: Translate, tournament: Tournament): ScreenAndCard | undefined {
  const columns = bracketView(tournament);
  if (!columns) return undefined;
  const bracket: Bracket = {
    title: t('display.tournament.bracket.title'),
    subtitle: bracketSubtitle(t, tournament),
    rounds: columns.map((column) => ({
      title: roundTitle(t, column),
      ...(column.stage ? { subtitle: t(`display.tournament.bracket.stage.${column.stage}`) } : {}),
      matches: column.matches.map((match) => bracketBox(t, match)),
    })),
    token: BRACKET_TOKEN,
  };
  const card = bracketCard(t, bracket);
  return {
    screen: bracketScreen(bracket),
    card: { ...card, title: t('display.card.titled', { title: card.title }) },
  };
}
