import type { MatchResult } from '../domain/match/result';
import { type AccountStats, rankByRating, retractResult } from '../domain/stats';
import { podium } from '../domain/tournament';
import type { Translate } from '../i18n/translator';
import type { Logger } from '../logger';
import type { StatsStore } from '../store/dynamo-stats-store';
import type { TournamentStore } from '../store/dynamo-tournament-store';
import type { MatchStore } from '../store/ports';
import { matchResultPost, podiumPost, type RatingChange } from './chat-text';
import type { TeamChat } from './webhook-chat';

export interface ResultAnnouncements {
  chat: TeamChat;
  /** The messages' language (the operator's choice, `TEAM_CHAT_LOCALE`). */
  t: Translate;
  /** Where rating and rank changes are read from; left out, the post has the result alone. */
  stats?: Pick<StatsStore, 'readPeriod'>;
  /** Where a tournament's end is read from, for its podium; left out, no podium is posted. */
  tournaments?: Pick<TournamentStore, 'load'>;
  log: Logger;
  now: () => number;
}

/** Each player of the result: rating and rank in the all-time ranking after it, and before it. */
export function ratingChanges(after: AccountStats, result: MatchResult): RatingChange[] {
  const before = retractResult(after, result.id);
  const place = (stats: AccountStats | undefined, name: string) =>
    stats === undefined ? undefined : rankByRating(stats).find((entry) => entry.name === name);
  return [...result.teams[result.winner], ...result.teams[result.winner === 'red' ? 'blue' : 'red']].flatMap(
    (name) => {
      const now = place(after, name);
      if (now === undefined) return [];
      const then = place(before, name);
      return [
        {
          name,
          rating: now.rating,
          rank: now.rank,
          ...(then === undefined ? {} : { ratingBefore: then.rating, rankBefore: then.rank }),
        },
      ];
    },
  );
}

/**
 * A match store that tells the team chat about every match it saves as finished, whoever
 * finished it (a voice goal, a tap, the table's sensor). The post is made after the save, and
 * the turn does not wait for it: the stats read for the rating changes and the delivery run
 * beside the rest of the turn, and their failures are logged, never thrown.
 */
export function withResultAnnouncements(store: MatchStore, options: ResultAnnouncements): MatchStore {
  const announce = async (leagueId: string, result: MatchResult): Promise<string> => {
    let changes: RatingChange[] = [];
    try {
      if (options.stats)
        changes = ratingChanges(await options.stats.readPeriod(leagueId, 'all', options.now()), result);
    } catch (error) {
      options.log.warn('team chat: rating changes left out', { error });
    }
    return matchResultPost(options.t, result, changes);
  };
  /** The podium when this match was the tournament's last: its tournament is finished now. */
  const podiumAfter = async (leagueId: string, tournamentId: string): Promise<string | undefined> => {
    const stored = await options.tournaments?.load(leagueId);
    if (stored?.id !== tournamentId || stored.tournament.status !== 'finished') return undefined;
    const places = podium(stored.tournament);
    return places && podiumPost(options.t, places);
  };
  return {
    load: (thingName) => store.load(thingName),
    async save(thingName, expectedVersion, write) {
      const version = await store.save(thingName, expectedVersion, write);
      if (write.result) {
        const tournament = write.match.tournament;
        // One post: the podium under the final's result, in that order.
        const texts = Promise.all([
          announce(write.leagueId, write.result),
          tournament ? podiumAfter(write.leagueId, tournament.id) : undefined,
        ]);
        options.chat.post(texts.then(([result, ending]) => (ending ? `${result}\n\n${ending}` : result)));
      }
      return version;
    },
  };
}
