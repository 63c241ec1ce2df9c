import { describe, expect, it } from 'vitest';
import { redBeatsBlue, season } from '../domain/stats/test-fixtures';
import { BOARD_TOKEN, boardOf, get } from './board-fixture';

const TOKEN = BOARD_TOKEN;

/** Each line drawn: its player and how many vertices it has. */
function linesOf(html: string): Array<{ player: string; points: number }> {
  return [...html.matchAll(/<polyline class="c\d" data-player="([^"]*)" points="([^"]*)">/g)].map(
    ([, player = '', points = '']) => ({ player, points: points.split(' ').length }),
  );
}

describe('the ratings page of a board link', () => {
  const matches = season(60, 7);
  const playedBy = (name: string) =>
    matches.filter((m) => m.teams.red.includes(name) || m.teams.blue.includes(name)).length;

  it('draws the top 8 by rating, one vertex per match each played, with no script allowed', async () => {
    const page = await boardOf(matches).handle(get(`/b/${TOKEN}/ratings`));

    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'sha256-/);
    expect(page.headers['content-security-policy']).not.toMatch(/script-src|unsafe/);
    expect(page.body).not.toContain('<script');
    const lines = linesOf(page.body);
    expect(lines).toHaveLength(8);
    for (const line of lines) expect(line.points, line.player).toBe(playedBy(line.player));
    const ranked = [
      ...page.body.matchAll(
        /<tr><td class="num">(\d+)<\/td><td>(?:<span[^>]*>━━ <\/span>)?<a href="[^"]*">([^<]+)</g,
      ),
    ];
    expect(ranked).toHaveLength(10);
    expect(ranked.slice(0, 8).map(([, , name]) => name)).toEqual(lines.map((line) => line.player));
  });

  it('draws any player asked for in the address, the link beside each name adding or removing them', async () => {
    const board = boardOf(matches);
    const first = await board.handle(get(`/b/${TOKEN}/ratings`));
    const showLinks = [...first.body.matchAll(/<a href="([^"]+)">Show<span/g)].map(([, href = '']) => href);
    expect(showLinks).toHaveLength(2);

    const added = await board.handle(get(showLinks[0]?.replaceAll('&#38;', '&') ?? ''));

    expect(linesOf(added.body)).toHaveLength(9);
    // The season's players typed their names differently: the address need not match the case.
    const alone = await board.handle(get(`/b/${TOKEN}/ratings?player=HUGO`));
    expect(linesOf(alone.body)).toEqual([{ player: 'hugo', points: playedBy('hugo') }]);
  });

  it('escapes names in the chart and the table, reads in French, and says when nothing was played', async () => {
    const board = boardOf([
      redBeatsBlue(['<b>Dan</b>'], ['Zoé & Co'], 1),
      redBeatsBlue(['Zoé & Co'], ['<b>Dan</b>'], 2),
    ]);

    const page = await board.handle(get(`/b/${TOKEN}/ratings`, 'fr-FR,fr;q=0.9'));
    const empty = await boardOf([]).handle(get(`/b/${TOKEN}/ratings`));
    const revoked = await board.handle(get(`/b/${'d'.repeat(43)}/ratings`));

    expect(page.body).toContain('<html lang="fr">');
    expect(page.body).toContain('Le niveau au fil des matchs');
    expect(page.body).not.toContain('<b>Dan</b>');
    expect(page.body).toContain('&#60;b&#62;Dan&#60;/b&#62;');
    expect(linesOf(page.body).map((line) => line.points)).toEqual([2, 2]);
    expect(empty.body).toContain('No finished match yet');
    expect(page.body).toContain('(2 matchs, les plus anciens à gauche)');
    const one = await boardOf([redBeatsBlue(['Ann'], ['Zoé'], 1)]).handle(get(`/b/${TOKEN}/ratings`));
    expect(one.body).toContain('(1 match so far)');
    expect(one.body).toContain('aria-label="Rating of Ann, Zoé after the first match"');
    expect(revoked.status).toBe(404);
  });

  it('is linked from the board page', async () => {
    const page = await boardOf(matches).handle(get(`/b/${TOKEN}`));

    expect(page.body).toContain(`<nav><a href="/b/${TOKEN}/ratings">Ratings over time</a></nav>`);
  });
});
