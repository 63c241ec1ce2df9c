import type { MatchResult } from '../domain/match/result';
import { type AccountStats, rankByRating, retractResult } from '../domain/stats';
import type { Translate } from '../i18n/translator';
import type { Logger } from '../logger';
import type { StatsStore } from '../store/dynamo-stats-store';
import type { MatchStore } from '../store/ports';
import { matchResultPost, type RatingChange } from './chat-text';
import type { TeamChat } from './webhook-chat';

export interface ResultAnnouncements {
  chat: TeamChat;
  /** The messages' language (the operator's choice, `TEAM_CHAT_LOCALE`). */
  t: Translate;
  /** Where rating and rank changes are read from; left out, the post has the result alone. */
  stats?: Pick<StatsStore, 'readPeriod'>;
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
  return {
    load: (thingName) => store.load(thingName),
    async save(thingName, expectedVersion, write) {
      const version = await store.save(thingName, expectedVersion, write);
      if (write.result) options.chat.post(announce(write.leagueId, write.result));
      return version;
    },
  };
}
