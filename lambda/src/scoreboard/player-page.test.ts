import { describe, expect, it } from 'vitest';
import { redBeatsBlue, season } from '../domain/stats/test-fixtures';
import { BOARD_TOKEN, boardOf, get } from './board-fixture';

const TOKEN = BOARD_TOKEN;

/** What the page's record says under each heading (`<dt>` → `<dd>`). */
function facts(html: string): Record<string, string> {
  return Object.fromEntries(
    [...html.matchAll(/<dt>([^<]+)<\/dt><dd>(.*?)<\/dd>/g)].map(([, k = '', v = '']) => [k, v]),
  );
}

describe("a player's page on the board link", () => {
  it('opens from the ratings ranking and shows the record, the last 10, streaks and every opponent met', async () => {
    const matches = season(60, 7);
    const board = boardOf(matches);
    const ratings = await board.handle(get(`/b/${TOKEN}/ratings`));
    const [, href = '', name = ''] = /<td><a href="([^"]+)">([^<]+)<\/a><\/td>/.exec(ratings.body) ?? [];

    const page = await board.handle(get(href));

    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).not.toMatch(/script-src|unsafe/);
    expect(page.body).toContain(`<h1>${name}</h1>`);
    // The season's players typed their names in several ways: one player whatever the case and accents.
    const fold = (n: string) => n.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const has = (names: readonly string[]) => names.some((n) => fold(n) === fold(name));
    const theirs = matches
      .filter((m) => has([...m.teams.red, ...m.teams.blue]))
      .sort((a, b) => a.finishedAt - b.finishedAt);
    const won = theirs.filter((m) => has(m.teams[m.winner])).length;
    expect(facts(page.body)).toMatchObject({
      Played: String(theirs.length),
      'Won – lost': `${won} – ${theirs.length - won}`,
    });
    const form = /<p class="form" role="img" aria-label="Last 10 matches: ([^"]+)">(.*?)<\/p>/.exec(
      page.body,
    );
    const latest = theirs.slice(-10).map((m) => (has(m.teams[m.winner]) ? 'won' : 'lost'));
    expect(form?.[1]).toBe(latest.join(', '));
    expect(form?.[2]?.match(/<span/g)).toHaveLength(10);
    const opponents = new Set(
      theirs.flatMap((m) => (has(m.teams.red) ? m.teams.blue : m.teams.red).map(fold)),
    );
    expect([...page.body.matchAll(/<tr><td><a href/g)]).toHaveLength(opponents.size);
  });

  it('says a win streak in the plural of its language, escapes names, and answers 404 for a stranger', async () => {
    const board = boardOf([
      redBeatsBlue(['<i>Ann</i>'], ['Zoé'], 1),
      redBeatsBlue(['<i>Ann</i>'], ['Zoé'], 2),
      redBeatsBlue(['Zoé'], ['<i>Ann</i>'], 3, 0),
    ]);

    const zoe = await board.handle(get(`/b/${TOKEN}/player/zoe`, 'fr-FR'));
    const ann = await board.handle(get(`/b/${TOKEN}/player/${encodeURIComponent('<i>Ann</i>')}`));
    const nobody = await board.handle(get(`/b/${TOKEN}/player/Nobody`));

    expect(facts(zoe.body)).toMatchObject({
      'Série en cours': '1 victoire',
      'Fannys mises – prises': '1 – 0',
    });
    expect(ann.body).not.toContain('<i>Ann</i>');
    expect(facts(ann.body)).toMatchObject({ 'Current streak': '1 loss', 'Longest winning streak': '2' });
    expect(nobody.status).toBe(404);
    expect(nobody.body).toContain('No match found for this player');
  });
});
