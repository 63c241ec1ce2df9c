import {
  type AccountStats,
  type RatingRankEntry,
  rankByRating,
  rankByWins,
  rankOf,
  type WinsRankEntry,
} from '../../domain/stats';
import type { StatsQuestion } from '../handlers/stats/stats-request';
import { joinNames } from './names';
import { escapeSsml } from './ssml';
import { ordinal, percent, rating, type StatsVoice, scope } from './stats-words';

type Entry = WinsRankEntry | RatingRankEntry;

function isWinsEntry(entry: Entry): entry is WinsRankEntry {
  return 'won' in entry;
}

/** "12 wins in 20 games, 60 percent": the figures of a place by wins. */
function winFigures({ t }: StatsVoice, entry: WinsRankEntry) {
  return {
    wins: t('stats.wins', { count: entry.won }),
    games: t('stats.games', { count: entry.played }),
    percent: percent(t, entry.winRate),
  };
}

function rankWords(voice: StatsVoice, entry: Entry, ranking: readonly Entry[]): string {
  const words = ordinal(voice.t, entry.rank);
  const shared = ranking.some((other) => other !== entry && other.rank === entry.rank);
  return shared ? voice.t('stats.tiedRank', { rank: words }) : words;
}

function entrySpeech(voice: StatsVoice, entry: Entry, ranking: readonly Entry[]): string {
  const { t } = voice;
  const common = {
    rank: rankWords(voice, entry, ranking),
    name: escapeSsml(entry.name),
    provisional: entry.provisional ? t('stats.ranking.provisional') : '',
  };
  return isWinsEntry(entry)
    ? t('stats.ranking.winsEntry', { ...common, ...winFigures(voice, entry) })
    : t('stats.ranking.ratingEntry', { ...common, rating: rating(voice.locale, entry.rating) });
}

function ranking(stats: AccountStats, question: StatsQuestion): Entry[] {
  const options = { mode: question.mode };
  return question.ranking === 'wins' ? rankByWins(stats, options) : rankByRating(stats, options);
}

/** "Rankings by wins this week: 1st, Alice: 12 wins in 20 games, 60 percent; … 10 players ranked." */
export function rankingSpeech(
  voice: StatsVoice,
  stats: AccountStats,
  question: StatsQuestion,
  top: number,
): string {
  const { t } = voice;
  const where = scope(t, question.mode, question.period);
  const everyone = ranking(stats, question);
  if (everyone.length === 0) return t('stats.ranking.empty', { scope: where });
  const entries = everyone.slice(0, top).map((entry) => entrySpeech(voice, entry, everyone));
  const title = t(`stats.ranking.${question.ranking}`, {
    scope: where,
    entries: entries.join(t('stats.ranking.separator')),
  });
  return everyone.length > top ? `${title} ${t('stats.players', { count: everyone.length })}` : title;
}

/** "Number one by wins: Alice, with 12 wins in 20 games, 60 percent." Players level share it. */
export function leaderSpeech(voice: StatsVoice, stats: AccountStats, question: StatsQuestion): string {
  const { t } = voice;
  const where = scope(t, question.mode, question.period);
  const leaders = ranking(stats, question).filter((entry) => entry.rank === 1);
  const [first] = leaders;
  if (first === undefined) return t('stats.ranking.empty', { scope: where });
  const names = joinNames(
    t,
    leaders.map((entry) => entry.name),
  );
  const sentence = isWinsEntry(first)
    ? t(leaders.length > 1 ? 'stats.leader.winsShared' : 'stats.leader.wins', {
        scope: where,
        names,
        ...winFigures(voice, first),
      })
    : t('stats.leader.rating', { scope: where, names, rating: rating(voice.locale, first.rating) });
  return first.provisional ? `${sentence} ${t('stats.leader.provisional')}` : sentence;
}

/** "Alice is 3rd of 10 by wins, with …", or that the player has no match in the mode asked. */
export function playerRankSpeech(
  voice: StatsVoice,
  stats: AccountStats,
  name: string,
  question: StatsQuestion,
): string {
  const { t } = voice;
  const options = { mode: question.mode };
  const position =
    question.ranking === 'wins'
      ? rankOf(stats, name, 'wins', options)
      : rankOf(stats, name, 'rating', options);
  if (position === undefined) {
    return t('stats.playerRank.noMatchInMode', {
      name: escapeSsml(name),
      mode: t(`stats.scope.mode.${question.mode}`),
      period: t(`stats.scope.period.${question.period}`),
    });
  }
  const { entry } = position;
  const common = {
    name: escapeSsml(entry.name),
    rank: ordinal(t, position.rank),
    of: position.of,
    scope: scope(t, question.mode, question.period),
  };
  const sentence = isWinsEntry(entry)
    ? t('stats.playerRank.wins', { ...common, ...winFigures(voice, entry) })
    : t('stats.playerRank.rating', { ...common, rating: rating(voice.locale, entry.rating) });
  return entry.provisional ? `${sentence} ${t('stats.playerRank.provisional')}` : sentence;
}
