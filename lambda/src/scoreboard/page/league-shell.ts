import { createHash } from 'node:crypto';

/** Eight colours told apart on near-black, each above 4.5:1 against it, and by dash too (colour-blind readers). */
export const LINE_COLOURS = [
  '#FFD54F',
  '#4FC3F7',
  '#EF9A9A',
  '#A5D6A7',
  '#CE93D8',
  '#FFAB91',
  '#80CBC4',
  '#E6EE9C',
];
const DASHES = ['', '12 6', '4 4', '16 4 4 4', '', '12 6', '4 4', '16 4 4 4'];

/** The league pages' one style sheet (ratings, a player's page): dark, large on a wall, one column on a phone. */
export const LEAGUE_STYLE = [
  'body{margin:0;background:#0B0D12;color:#fff;font:18px/1.4 system-ui,sans-serif}',
  'main{max-width:1200px;margin:auto;padding:16px}',
  'h1{font-size:2rem;margin:.5rem 0}a{color:#FFD54F}',
  'svg{width:100%;height:auto;background:#1C212B;border-radius:12px}',
  '.axis{stroke:#C8CDD6;stroke-width:1}.label{fill:#C8CDD6;font-size:14px}',
  'polyline{fill:none;stroke-width:3}circle{fill:#0B0D12;stroke-width:3}',
  ...LINE_COLOURS.map((colour, i) => `.c${i}{stroke:${colour}}.k${i}{color:${colour}}`),
  ...DASHES.map((dash, i) => (dash ? `polyline.c${i}{stroke-dasharray:${dash}}` : '')).filter(Boolean),
  'table{border-collapse:collapse;width:100%;margin-top:1rem}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #1C212B}',
  'td.num{text-align:right;font-variant-numeric:tabular-nums}',
  'dl{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem}dt{color:#C8CDD6}dd{margin:0}',
  '.form{font-size:1.6rem;letter-spacing:.3rem}.win{color:#A5D6A7}.loss{color:#EF9A9A}',
  '.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}',
  '@media (min-width:1600px){body{font-size:26px}}',
].join('\n');

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** No script at all: the chart is drawn on the server; only its own style may apply. */
export const LEAGUE_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(LEAGUE_STYLE)}`,
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A league page: a link back, its title, its body (already escaped HTML). */
export function leaguePage(
  lang: string,
  title: string,
  back: { href: string; text: string },
  body: string,
): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex, nofollow">
<title>${escapeHtml(title)}</title>
<style>${LEAGUE_STYLE}</style>
</head>
<body>
<main>
<p><a href="${escapeHtml(back.href)}">${escapeHtml(back.text)}</a></p>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
</body>
</html>
`;
}
