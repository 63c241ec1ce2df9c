/**
 * The board's CSS: light text on near-black, team colours chosen for contrast at a distance,
 * sizes in viewport units so one page fills a phone or a wall screen.
 */
export const BOARD_STYLE = `
:root {
  --bg: #07090d; --panel: #141922; --line: #2a3240; --text: #f5f7fa; --muted: #b8c1cf;
  --red: #ff5a5a; --blue: #5aa9ff; --warn: #ffd23f;
  color-scheme: dark;
}
* { box-sizing: border-box; }
body {
  margin: 0; background: var(--bg); color: var(--text);
  font: 600 clamp(1rem, 1.6vw, 1.6rem)/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
header { display: flex; justify-content: space-between; align-items: baseline; padding: 0.6em 1em; }
header a { color: #FFD54F; }
td.name a { color: inherit; }
h1 { margin: 0; font-size: 1.2em; letter-spacing: 0.02em; }
h2 { margin: 0 0 0.5em; font-size: 1.1em; color: var(--muted); text-transform: uppercase; letter-spacing: 0.06em; }
.status { color: var(--warn); visibility: hidden; }
body.offline .status { visibility: visible; }
main { display: grid; gap: 1em; padding: 0 1em 1em; grid-template-columns: 1fr; }
@media (min-width: 1100px) { main { grid-template-columns: 2fr 1fr; } }
.tables { display: grid; gap: 1em; }
.table { background: var(--panel); border: 2px solid var(--line); border-radius: 0.6em; padding: 0.8em 1em; }
.table-head { display: flex; flex-wrap: wrap; gap: 0.4em 1em; justify-content: space-between; color: var(--muted); }
.state { padding: 0.1em 0.6em; border-radius: 1em; background: var(--line); color: var(--text); }
.state.playing { background: #1f7a3a; }
.state.paused { background: #8a6d00; }
.teams { display: grid; grid-template-columns: 1fr auto 1fr; align-items: center; gap: 0.3em; margin-top: 0.4em; }
.team { text-align: center; min-width: 0; }
.team .names { font-size: clamp(1.2rem, 3vw, 2.6rem); overflow-wrap: anywhere; }
.team.red .names, .team.red .score { color: var(--red); }
.team.blue .names, .team.blue .score { color: var(--blue); }
.score { font-size: clamp(5rem, 24vw, 16rem); line-height: 1; font-variant-numeric: tabular-nums; font-weight: 800; }
.dash { font-size: clamp(3rem, 10vw, 8rem); color: var(--muted); }
.games { text-align: center; color: var(--muted); font-size: 1.2em; }
.banner { text-align: center; font-size: clamp(1.4rem, 3.5vw, 3rem); margin-top: 0.2em; }
.presence[data-connected="true"]::before { content: "● "; color: #3ddc84; }
.presence[data-connected="false"] { padding: 0.1em 0.6em; border-radius: 1em; background: var(--warn); color: #111; }
.warning { margin-top: 0.5em; padding: 0.4em 0.7em; border-radius: 0.4em; background: var(--warn); color: #111; }
.warning::before { content: "⚠ "; }
aside { display: grid; gap: 1em; align-content: start; }
aside section { background: var(--panel); border: 2px solid var(--line); border-radius: 0.6em; padding: 0.8em 1em; }
ol, ul { margin: 0; padding: 0; list-style: none; }
.result { padding: 0.35em 0; border-bottom: 1px solid var(--line); }
.result:last-child { border-bottom: 0; }
.result .when { color: var(--muted); font-size: 0.8em; display: block; }
.winner.red { color: var(--red); } .winner.blue { color: var(--blue); }
table { width: 100%; border-collapse: collapse; }
th, td { padding: 0.3em 0.2em; text-align: right; }
th { color: var(--muted); font-size: 0.85em; }
td.name, th.name { text-align: left; overflow-wrap: anywhere; }
.empty { color: var(--muted); }
.revoked { max-width: 40em; margin: 20vh auto; padding: 1em; font-size: 1.4em; }
`;
