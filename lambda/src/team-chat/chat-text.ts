import type { MatchResult } from '../domain/match/result';
import type { TeamColor } from '../domain/match/types';
import type { PodiumPlace } from '../domain/tournament';
import type { Translate } from '../i18n/translator';

/** A player's place in the all-time rating ranking, before and after a match. */
export interface RatingChange {
  name: string;
  rating: number;
  /** Absent for a player who had no rating before (a first match). */
  ratingBefore?: number;
  rank: number;
  rankBefore?: number;
}

/**
 * A name as a chat shows it: Slack and Teams read `<…>` as links and mentions and `&` as the
 * start of an entity, so those three are escaped, nothing else ("Bob <3" stays "Bob <3").
 */
export function chatText(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function side(t: Translate, names: readonly string[]): string {
  return names.map(chatText).join(t('chat.nameSeparator'));
}

function signed(value: number): string {
  const rounded = value.toFixed(1);
  return value >= 0 ? `+${rounded}` : rounded;
}

function changeLine(t: Translate, change: RatingChange): string {
  const name = chatText(change.name);
  const rating = change.rating.toFixed(1);
  if (change.ratingBefore === undefined || change.rankBefore === undefined)
    return t('chat.ratingNew', { name, rating, rank: change.rank });
  const delta = signed(change.rating - change.ratingBefore);
  if (change.rank === change.rankBefore)
    return t('chat.ratingSameRank', { name, rating, delta, rank: change.rank });
  return t('chat.ratingMoved', { name, rating, delta, rank: change.rank, before: change.rankBefore });
}

/** The post for a finished match: who beat whom and the score, a fanny, then each player's rating and rank. */
export function matchResultPost(t: Translate, result: MatchResult, changes: readonly RatingChange[]): string {
  const loser: TeamColor = result.winner === 'red' ? 'blue' : 'red';
  const winners = result.teams[result.winner];
  const score =
    result.games.length > 1
      ? t('chat.games', { won: result.gamesWon[result.winner], lost: result.gamesWon[loser] })
      : `${result.goals[result.winner]}–${result.goals[loser]}`;
  const lines = [
    t('chat.won', {
      winners: side(t, winners),
      losers: side(t, result.teams[loser]),
      score,
      count: winners.length,
    }),
  ];
  if (result.fanny)
    lines.push(t('chat.fanny', { losers: side(t, result.teams[loser]), count: result.teams[loser].length }));
  lines.push(...changes.map((change) => changeLine(t, change)));
  return lines.join('\n');
}

/** The post for a tournament's end: its podium, places shared by ties on one line. */
export function podiumPost(t: Translate, places: readonly PodiumPlace[]): string {
  const lines = places.map((place) =>
    t(`chat.place${place.position}`, {
      names: place.entrants.map((players) => side(t, players)).join(t('chat.entrantsSeparator')),
    }),
  );
  return [t('chat.podium'), ...lines].join('\n');
}
