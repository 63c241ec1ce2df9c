/**
 * The board's browser code, plain JavaScript served inline (no build step, nothing to fetch):
 * it renders a snapshot with DOM calls only (names are set as text, never parsed as HTML),
 * then follows changes by server-sent events when the server offers them, else by polling.
 * The page config is the JSON in `#board-config` (labels, URLs, the first snapshot).
 */
export const BOARD_SCRIPT = String.raw`
(() => {
  'use strict';
  const config = JSON.parse(document.getElementById('board-config').textContent);
  const L = config.labels;
  // The board's own path ('' for the local board at /): its snapshot's, less '/snapshot'.
  const boardBase = config.snapshotUrl.replace(/\/snapshot$/, '');
  const fill = (text, values) => text.replace(/\{\{(\w+)\}\}/g, (_, key) => String(values[key] ?? ''));
  const el = (tag, className, text) => {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const names = (list) => list.join(' & ');
  const when = (ms) =>
    new Date(ms).toLocaleString(L.lang, { weekday: 'short', hour: '2-digit', minute: '2-digit' });

  function teamColumn(table, team) {
    const column = el('div', 'team ' + team);
    column.append(el('div', 'names', names(table.teams[team]) || L.team[team]));
    const score = el('div', 'score', String(table.score[team]));
    score.dataset.score = team;
    column.append(score);
    return column;
  }

  function presenceBadge(presence) {
    const offline = presence.since === undefined ? L.presence.offline : fill(L.presence.offlineSince, { time: when(presence.since) });
    const badge = el('span', 'presence', presence.connected ? L.presence.online : offline);
    badge.dataset.connected = String(presence.connected);
    return badge;
  }

  function tableCard(table) {
    const card = el('article', 'table');
    card.dataset.thing = table.thing;
    card.dataset.state = table.state;
    const head = el('div', 'table-head');
    head.append(el('span', 'state ' + table.state, L.state[table.state]));
    const rules = [fill(L.target, table)];
    if (table.bestOf > 1) rules.push(fill(L.game, { game: table.gameNumber, bestOf: table.bestOf }));
    head.append(el('span', 'rules', rules.join(' · ')));
    if (table.presence) head.append(presenceBadge(table.presence));
    card.append(head);
    const teams = el('div', 'teams');
    teams.append(teamColumn(table, 'red'), el('div', 'dash', '–'), teamColumn(table, 'blue'));
    card.append(teams);
    if (table.bestOf > 1) {
      card.append(el('div', 'games', L.games + ' ' + table.gamesWon.red + ' – ' + table.gamesWon.blue));
    }
    if (table.winner) {
      card.append(el('div', 'banner winner ' + table.winner, fill(L.wins, { team: L.team[table.winner] })));
    } else if (table.matchPoint && table.state === 'playing') {
      card.append(el('div', 'banner', fill(L.matchPoint, { team: L.team[table.matchPoint] })));
    }
    for (const warning of table.sensorWarnings) {
      const line = el('div', 'warning', fill(L.sensor[warning.state], { goal: L.goal[warning.goal] }));
      line.dataset.sensor = warning.goal;
      card.append(line);
    }
    return card;
  }

  function resultItem(result) {
    const item = el('li', 'result');
    const red = el('span', result.winner === 'red' ? 'winner red' : '', names(result.teams.red));
    const blue = el('span', result.winner === 'blue' ? 'winner blue' : '', names(result.teams.blue));
    item.append(red, ' ' + result.score.red + ' – ' + result.score.blue + ' ', blue);
    if (result.fanny) item.append(' (' + L.fanny + ')');
    item.append(el('span', 'when', when(result.finishedAt)));
    return item;
  }

  function rankingTable(rankings) {
    const table = el('table');
    const head = el('tr');
    head.append(el('th', '', '#'), el('th', 'name', ''), el('th', '', L.won), el('th', '', L.played), el('th', '', L.rating));
    table.append(head);
    for (const player of rankings.players) {
      const row = el('tr');
      // The name opens the player's page (record, form, head to head) on the same link.
      const page = el('a', '', player.name);
      page.href = boardBase + '/player/' + encodeURIComponent(player.name);
      const name = el('td', 'name');
      name.append(page);
      row.append(
        el('td', '', String(player.rank)),
        name,
        el('td', '', String(player.won)),
        el('td', '', String(player.played)),
        el('td', '', player.rating.toLocaleString(L.lang, { minimumFractionDigits: 1, maximumFractionDigits: 1 })),
      );
      table.append(row);
    }
    return table;
  }

  function render(snapshot) {
    const tables = document.getElementById('tables');
    tables.replaceChildren(...snapshot.tables.map(tableCard));
    if (snapshot.tables.length === 0) tables.append(el('p', 'empty', L.noTables));
    const recent = document.getElementById('recent-list');
    recent.replaceChildren(...snapshot.recent.map(resultItem));
    if (snapshot.recent.length === 0) recent.append(el('li', 'empty', L.noResults));
    const ranked = snapshot.rankings.players.length > 0;
    const source = snapshot.rankings.source === 'stats' ? L.rankingsFromStats : L.rankingsFromHistory;
    document.getElementById('rankings-source').textContent = ranked ? fill(source, snapshot.rankings) : L.noResults;
    document.getElementById('rankings-table').replaceChildren(...(ranked ? [rankingTable(snapshot.rankings)] : []));
  }

  let shown = '';
  function show(json) {
    document.body.classList.remove('offline');
    if (json === shown) return;
    shown = json;
    render(JSON.parse(json));
  }

  function revoked() {
    const message = el('p', 'revoked', L.revoked);
    document.body.replaceChildren(message);
  }

  function follow() {
    const events = new EventSource(config.eventsUrl);
    events.addEventListener('snapshot', (event) => show(event.data));
    events.addEventListener('revoked', () => {
      events.close();
      revoked();
    });
    // EventSource reconnects by itself; meanwhile the page says it may be stale.
    events.onerror = () => document.body.classList.add('offline');
  }

  async function poll() {
    try {
      const response = await fetch(config.snapshotUrl, { cache: 'no-store' });
      if (response.status === 403 || response.status === 404) return revoked();
      if (!response.ok) throw new Error('HTTP ' + response.status);
      show(await response.text());
    } catch {
      document.body.classList.add('offline');
    }
    setTimeout(poll, document.hidden ? config.pollMs * 5 : config.pollMs);
  }

  show(JSON.stringify(config.snapshot));
  if (config.eventsUrl && 'EventSource' in window) follow();
  else setTimeout(poll, config.pollMs);
})();
`;
