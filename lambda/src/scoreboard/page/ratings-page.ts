import { type ScoreboardResources, scoreboardEn } from '../../i18n/resources/scoreboard.en';
import { scoreboardFr } from '../../i18n/resources/scoreboard.fr';
import { CHART_DEFAULT_PLAYERS, type RatingSeries } from '../rating-series';
import { escapeHtml, LINE_COLOURS, leaguePage } from './league-shell';
import { playerHref } from './player-page';

export type RatingsLabels = ScoreboardResources['scoreboard']['ratings'];

/** The chart page's labels in the reader's language: French when the browser prefers it, else English. */
export function ratingsLabels(acceptLanguage: string | undefined): RatingsLabels {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('fr') ? scoreboardFr.scoreboard.ratings : scoreboardEn.scoreboard.ratings;
}

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''));

/** A label with a count of matches, in its plural form for the page's language (`_one` / `_other`). */
function counted(
  labels: RatingsLabels,
  key: 'intro' | 'chartLabel',
  values: { matches: number } & Record<string, string | number>,
): string {
  const form = new Intl.PluralRules(labels.lang).select(values.matches) === 'one' ? 'one' : 'other';
  return fill(labels[`${key}_${form}`], values);
}

/** A name as typed in an address matches the player whatever its case and accents ("ines" is Inès). */
const folded = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

/** The players drawn: those asked for in the address, else the top of the ranking. */
export function chartedPlayers(series: readonly RatingSeries[], asked: readonly string[]): RatingSeries[] {
  if (asked.length === 0) return series.slice(0, CHART_DEFAULT_PLAYERS);
  const wanted = new Set(asked.map(folded));
  return series.filter((line) => wanted.has(folded(line.name)));
}

const WIDTH = 960;
const HEIGHT = 480;
const MARGIN = { left: 56, right: 16, top: 16, bottom: 32 };

/** The chart: one polyline per player drawn, one vertex per match they played, with a text alternative. */
export function ratingChartSvg(
  labels: RatingsLabels,
  drawn: readonly RatingSeries[],
  matches: number,
): string {
  const ratings = drawn.flatMap((line) => line.points.map((point) => point.rating));
  const low = Math.floor(Math.min(0, ...ratings));
  const high = Math.ceil(Math.max(1, ...ratings));
  const x = (match: number) =>
    MARGIN.left + (matches <= 1 ? 0 : (match / (matches - 1)) * (WIDTH - MARGIN.left - MARGIN.right));
  const y = (rating: number) =>
    MARGIN.top + ((high - rating) / (high - low)) * (HEIGHT - MARGIN.top - MARGIN.bottom);
  const names = drawn.map((line) => line.name).join(', ');
  const lines = drawn.map((line, i) => {
    const colour = `c${i % LINE_COLOURS.length}`;
    const vertices = line.points.map((p) => [x(p.match).toFixed(1), y(p.rating).toFixed(1)] as const);
    const points = vertices.map(([px, py]) => `${px},${py}`).join(' ');
    // A marker on each match, so that a player with one match so far shows too.
    const markers = vertices
      .map(([px, py]) => `<circle class="${colour}" cx="${px}" cy="${py}" r="4"/>`)
      .join('');
    return `<g><polyline class="${colour}" data-player="${escapeHtml(line.name)}" points="${points}"><title>${escapeHtml(line.name)}: ${line.rating.toFixed(1)}</title></polyline>${markers}</g>`;
  });
  const axis = [
    `<line class="axis" x1="${MARGIN.left}" y1="${y(0).toFixed(1)}" x2="${WIDTH - MARGIN.right}" y2="${y(0).toFixed(1)}"/>`,
    `<text class="label" x="4" y="${(y(high) + 10).toFixed(1)}">${high}</text>`,
    `<text class="label" x="4" y="${y(low).toFixed(1)}">${low}</text>`,
    `<text class="label" x="4" y="${(y(0) + 5).toFixed(1)}">0</text>`,
  ];
  const label = counted(labels, 'chartLabel', { names, matches });
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${axis.join('')}${lines.join('')}</svg>`;
}

/** A player's rating change over their last five matches, signed ("+1.2"); empty with fewer than two points. */
function trend(line: RatingSeries): string {
  const recent = line.points.slice(-6);
  const first = recent[0];
  if (recent.length < 2 || first === undefined) return '';
  const change = line.rating - first.rating;
  return `${change >= 0 ? '+' : '−'}${Math.abs(change).toFixed(1)}`;
}

/** The address that draws `players`: a link per player toggles them in or out of the chart. */
function chartHref(base: string, players: readonly string[]): string {
  const query = players.map((name) => `player=${encodeURIComponent(name)}`).join('&');
  return `${base}/ratings${query ? `?${query}` : ''}`;
}

/**
 * The ratings page: the chart of the players drawn (the top 8 by default), then the whole
 * ranking by rating with each player's trend and a link that adds them to the chart or takes
 * them off. Plain HTML and SVG, no script; names escaped wherever they are drawn.
 */
export function ratingsPage(
  labels: RatingsLabels,
  base: string,
  series: readonly RatingSeries[],
  matches: number,
  asked: readonly string[],
): string {
  const drawn = chartedPlayers(series, asked);
  const drawnNames = drawn.map((line) => line.name);
  const rows = series.map((line) => {
    const index = drawnNames.indexOf(line.name);
    const toggled = index >= 0 ? drawnNames.filter((name) => name !== line.name) : [...drawnNames, line.name];
    const key =
      index >= 0 ? `<span class="k${index % LINE_COLOURS.length}" aria-hidden="true">━━ </span>` : '';
    const action = index >= 0 ? labels.hide : labels.show;
    return `<tr><td class="num">${line.rank}</td><td>${key}<a href="${escapeHtml(playerHref(base, line.name))}">${escapeHtml(line.name)}</a></td><td class="num">${line.rating.toFixed(1)}</td><td class="num">${trend(line)}</td><td><a href="${escapeHtml(chartHref(base, toggled))}">${escapeHtml(action)}<span class="visually-hidden"> ${escapeHtml(line.name)}</span></a></td></tr>`;
  });
  const body =
    matches === 0
      ? `<p>${escapeHtml(labels.noMatches)}</p>`
      : `<p>${escapeHtml(counted(labels, 'intro', { matches, top: CHART_DEFAULT_PLAYERS }))}</p>${ratingChartSvg(labels, drawn, matches)}
<h2>${escapeHtml(labels.ranking)}</h2>
<table><thead><tr><th>${escapeHtml(labels.rank)}</th><th>${escapeHtml(labels.player)}</th><th>${escapeHtml(labels.rating)}</th><th>${escapeHtml(labels.trend)}</th><th>${escapeHtml(labels.shown)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
  return leaguePage(labels.lang, labels.title, { href: base || '/', text: labels.back }, body);
}
