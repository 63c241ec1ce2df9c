import { type ScoreboardResources, scoreboardEn } from '../../i18n/resources/scoreboard.en';
import { scoreboardFr } from '../../i18n/resources/scoreboard.fr';
import type { PlayerRecord } from '../player-record';
import { escapeHtml, leaguePage } from './league-shell';

export type PlayerLabels = ScoreboardResources['scoreboard']['player'];

/** The player page's labels in the reader's language: French when the browser prefers it, else English. */
export function playerLabels(acceptLanguage: string | undefined): PlayerLabels {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('fr') ? scoreboardFr.scoreboard.player : scoreboardEn.scoreboard.player;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => escapeHtml(String(values[key] ?? '')));

/** A label with a count, in its plural form for the page's language (`_one` / `_other`). */
function counted(labels: PlayerLabels, key: 'streakWins' | 'streakLosses', count: number): string {
  const form = new Intl.PluralRules(labels.lang).select(count) === 'one' ? 'one' : 'other';
  return fill(labels[`${key}_${form}`], { count });
}

const percent = (lang: string, rate: number) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(rate);

/** The address of a player's page under a board. */
export function playerHref(base: string, name: string): string {
  return `${base}/player/${encodeURIComponent(name)}`;
}

/**
 * A player's page: record, form over the last 10 (letters and colours, with a spoken text),
 * streaks, best partner, nemesis, fannys, and head to head against each opponent. Plain HTML,
 * no script, every name escaped.
 */
export function playerPage(
  labels: PlayerLabels,
  base: string,
  record: PlayerRecord,
  matches: number,
): string {
  const { stats } = record;
  const none = escapeHtml(labels.none);
  const companion = (c: PlayerRecord['stats']['bestPartner']) =>
    c === undefined ? none : fill(labels.companion, { name: c.name, won: c.won, played: c.played });
  const letters = record.form
    .map((outcome) =>
      outcome === 'win'
        ? `<span class="win">${escapeHtml(labels.formWin)}</span>`
        : `<span class="loss">${escapeHtml(labels.formLoss)}</span>`,
    )
    .join('');
  const spoken = fill(labels.formLabel, {
    count: record.form.length,
    results: record.form.map((outcome) => (outcome === 'win' ? labels.win : labels.loss)).join(', '),
  });
  const streak =
    record.streak === undefined
      ? none
      : counted(labels, record.streak.outcome === 'win' ? 'streakWins' : 'streakLosses', record.streak.count);
  const facts: Array<[string, string]> = [
    [labels.played, String(stats.played)],
    [labels.wonLost, `${stats.won} – ${stats.lost}`],
    [labels.winRate, escapeHtml(percent(labels.lang, stats.winRate))],
    [labels.goals, `${stats.goalsFor} – ${stats.goalsAgainst}`],
    [labels.streak, streak],
    [labels.longest, String(stats.longestStreak)],
    [labels.partner, companion(stats.bestPartner)],
    [labels.nemesis, companion(stats.nemesis)],
    [labels.fannys, `${stats.fannysGiven} – ${stats.fannysTaken}`],
  ];
  const opponents = record.opponents.map(
    (h2h) =>
      `<tr><td><a href="${escapeHtml(playerHref(base, h2h.second.name))}">${escapeHtml(h2h.second.name)}</a></td><td class="num">${h2h.played}</td><td class="num">${h2h.first.wins}</td><td class="num">${h2h.second.wins}</td></tr>`,
  );
  const body = `<p>${fill(labels.source, { matches })}</p>
<h2>${escapeHtml(labels.record)}</h2>
<dl>${facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`).join('')}</dl>
<h2>${escapeHtml(labels.form)}</h2>
<p class="form" role="img" aria-label="${spoken}">${letters || none}</p>
<h2>${escapeHtml(labels.headToHead)}</h2>
<table><thead><tr><th>${escapeHtml(labels.opponent)}</th><th>${escapeHtml(labels.played)}</th><th>${escapeHtml(labels.wins)}</th><th>${escapeHtml(labels.losses)}</th></tr></thead><tbody>${opponents.join('')}</tbody></table>`;
  return leaguePage(labels.lang, stats.name, { href: `${base}/ratings`, text: labels.back }, body);
}

/** The page of a name with no match: said plainly, with the way back. */
export function unknownPlayerPage(labels: PlayerLabels, base: string, name: string): string {
  return leaguePage(
    labels.lang,
    name,
    { href: `${base}/ratings`, text: labels.back },
    `<p>${escapeHtml(labels.unknown)}</p>`,
  );
}
