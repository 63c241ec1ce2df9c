import type { Translate } from '../../i18n/translator';
import { aplText } from './apl-text';
import { bracketDocument } from './bracket-document';
import type { Card } from './card';
import type { Screen } from './screen';

/** One side of a match in a bracket: names, score (empty before it is played), whether it won. */
export interface BracketLine {
  names: string;
  score: string;
  winner: boolean;
}

/** A match: two lines; `live` while it is being played. `note` follows it on a card ("on the table"). */
export interface BracketBox {
  red: BracketLine;
  blue: BracketLine;
  live: boolean;
  note?: string;
  /** Won by walkover: a card says so instead of the score. */
  walkover?: true;
  /** Red goes through without playing: a card names red alone, with this note. */
  bye?: string;
}

/** A round, one column: "Semi-finals", "Round 3" with "Losers' bracket" under it. */
export interface BracketRound {
  title: string;
  subtitle?: string;
  matches: readonly BracketBox[];
}

/** A bracket, its texts already localized by the caller. */
export interface Bracket {
  title: string;
  subtitle?: string;
  rounds: readonly BracketRound[];
  token: string;
}

/** The data the bracket document is drawn from (its `bracket` data source). */
export interface BracketData {
  title: string;
  subtitle: string;
  rounds: Array<{
    title: string;
    subtitle: string;
    matches: Array<Omit<BracketBox, 'note' | 'walkover' | 'bye'>>;
  }>;
}

/** The latest rounds shown: a long double elimination keeps its last ones on screen. */
export const MAX_BRACKET_ROUNDS = 8;

const shownLine = (line: BracketLine): BracketLine => ({
  names: aplText(line.names),
  score: aplText(line.score),
  winner: line.winner,
});

/** What the bracket screen shows, escaped for APL. */
export function bracketData(bracket: Bracket): BracketData {
  return {
    title: aplText(bracket.title),
    subtitle: aplText(bracket.subtitle ?? ''),
    rounds: bracket.rounds.slice(-MAX_BRACKET_ROUNDS).map((round) => ({
      title: aplText(round.title),
      subtitle: aplText(round.subtitle ?? ''),
      matches: round.matches.map((match) => ({
        red: shownLine(match.red),
        blue: shownLine(match.blue),
        live: match.live,
      })),
    })),
  };
}

/** A bracket on a screen: its rounds as columns, side by side. */
export function bracketScreen(bracket: Bracket): Screen {
  return { token: bracket.token, document: bracketDocument, datasources: { bracket: bracketData(bracket) } };
}

/** "Alice 5–2 Bob", "Alice vs Bob", "Alice, Bob forfeits": one match on a card. */
function cardMatch(t: Translate, match: BracketBox): string {
  const { red, blue } = match;
  if (match.bye) return `${red.names} (${match.bye})`;
  if (match.walkover) {
    const [winner, loser] = red.winner ? [red, blue] : [blue, red];
    return t('display.tournament.bracket.cardWalkover', { winner: winner.names, loser: loser.names });
  }
  const text =
    red.score === '' && blue.score === ''
      ? t('display.versus', { red: red.names, blue: blue.names })
      : t('display.tournament.bracket.cardScore', {
          red: red.names,
          blue: blue.names,
          redScore: red.score,
          blueScore: blue.score,
        });
  return match.note ? `${text} (${match.note})` : text;
}

/** A bracket as an Alexa app card: one line per round, "Semi-finals: Alice 5–2 Dave · Bob v Carol". */
export function bracketCard(t: Translate, bracket: Bracket): Card {
  const rounds = bracket.rounds.slice(-MAX_BRACKET_ROUNDS).map((round) => {
    const title = round.subtitle ? `${round.title} · ${round.subtitle}` : round.title;
    return `${title}: ${round.matches.map((match) => cardMatch(t, match)).join(' · ')}`;
  });
  return {
    title: bracket.title,
    text: [...(bracket.subtitle ? [bracket.subtitle] : []), ...rounds].join('\n'),
  };
}
