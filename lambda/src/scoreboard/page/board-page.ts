import { createHash } from 'node:crypto';
import { type ScoreboardResources, scoreboardEn } from '../../i18n/resources/scoreboard.en';
import { scoreboardFr } from '../../i18n/resources/scoreboard.fr';
import type { ScoreboardSnapshot } from '../snapshot';
import { BOARD_SCRIPT } from './board-script';
import { BOARD_STYLE } from './board-style';

export type PageLabels = ScoreboardResources['scoreboard']['page'];

/** Where the page reads its updates from. */
export interface PageFeeds {
  snapshotUrl: string;
  /** Server-sent events; left out, the page polls `snapshotUrl`. */
  eventsUrl?: string;
  /** Polling period. */
  pollMs: number;
}

/** The page's labels in the reader's language: French when the browser prefers it, else English. */
export function pageLabels(acceptLanguage: string | undefined): PageLabels {
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('fr') ? scoreboardFr.scoreboard.page : scoreboardEn.scoreboard.page;
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * Only the board's own inline script and style may run, and it may only call back home: a
 * name that slipped past the DOM rendering still could not load or send anything.
 */
export const BOARD_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${sha256(BOARD_SCRIPT)}`,
  `style-src ${sha256(BOARD_STYLE)}`,
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** JSON that can sit inside a `<script>` element: no `<` can close it early. */
function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The whole board page, its first snapshot inside: it shows the score before any request. */
export function boardPage(
  labels: PageLabels,
  feeds: PageFeeds,
  snapshot: ScoreboardSnapshot,
  ratings?: { href: string; text: string },
): string {
  const config = { labels, snapshot, ...feeds };
  return `<!doctype html>
<html lang="${escapeHtml(labels.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(labels.title)}</title>
<style>${BOARD_STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(labels.title)}</h1>${ratings ? `<nav><a href="${escapeHtml(ratings.href)}">${escapeHtml(ratings.text)}</a></nav>` : ''}<span class="status" role="status">${escapeHtml(labels.offline)}</span></header>
<main>
<section id="tables" class="tables" aria-live="polite"></section>
<aside>
<section><h2>${escapeHtml(labels.recent)}</h2><ol id="recent-list"></ol></section>
<section><h2>${escapeHtml(labels.rankings)}</h2><p id="rankings-source" class="empty"></p><div id="rankings-table"></div></section>
</aside>
</main>
<script type="application/json" id="board-config">${scriptSafeJson(config)}</script>
<script>${BOARD_SCRIPT}</script>
</body>
</html>
`;
}

/** The plain page a revoked or unknown link gets, in both languages. */
export function revokedText(): string {
  return `${scoreboardEn.scoreboard.page.revoked}\n\n${scoreboardFr.scoreboard.page.revoked}\n`;
}
