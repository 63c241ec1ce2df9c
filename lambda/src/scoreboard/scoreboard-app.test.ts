import { createHash } from 'node:crypto';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BAR_RULES } from '../domain/match/rules';
import { startMatch } from '../domain/match/start-match';
import { tableGoals } from '../domain/match/test-fixtures';
import { redBeatsBlue } from '../domain/stats/test-fixtures';
import { memoryLogger } from '../logger';
import type { LiveTable } from '../store/ports';
import { parseBoardPath } from './board-address';
import { BOARD_SCRIPT } from './page/board-script';
import { createScoreboardApp, type ScoreboardAppOptions } from './scoreboard-app';
import type { ScoreboardSnapshot } from './snapshot';

const TOKEN = 'a'.repeat(43);
const OTHER_TOKEN = 'b'.repeat(43);

/** Two accounts: A plays on the default table and on a linked one; B plays on a table A never linked. */
function boardOptions(overrides: Partial<ScoreboardAppOptions> = {}): ScoreboardAppOptions {
  const running = (id: string, red: string, blue: string) =>
    startMatch({ id, teams: { red: [red], blue: [blue] }, rules: BAR_RULES, at: 1 });
  const lives: Record<string, LiveTable> = {
    office: {
      thingName: 'office',
      leagueId: 'A',
      version: 3,
      match: tableGoals(running('m1', 'Alice', 'Bob'), 'rrb'),
    },
    kitchen: {
      thingName: 'kitchen',
      leagueId: 'A',
      version: 1,
      match: running('m2', 'Chloé', '<b>Dan</b>'),
    },
    garage: { thingName: 'garage', leagueId: 'B', version: 1, match: running('m3', 'Eve', 'Fred') },
  };
  return {
    sources: {
      matches: { load: async (thing) => lives[thing] ?? { thingName: thing, version: 0 } },
      history: { recent: async (account) => (account === 'A' ? [redBeatsBlue(['Alice'], ['Bob'], 9)] : []) },
      health: {
        read: async (thing) =>
          thing === 'office'
            ? { sensors: { red: 'blocked', blue: 'ok' }, presence: { connected: true, since: 1 } }
            : {},
      },
      linkedThings: async (account) => (account === 'A' ? ['kitchen', 'garage'] : ['garage']),
      defaultThingName: 'office',
      now: () => 42,
    },
    links: { accountOf: async (token) => ({ [TOKEN]: 'A', [OTHER_TOKEN]: 'B' })[token] },
    log: memoryLogger(),
    ...overrides,
  };
}

const get = (path: string, acceptLanguage?: string) => ({
  method: 'GET',
  path,
  ...(acceptLanguage ? { acceptLanguage } : {}),
});

describe('the scoreboard app', () => {
  it("serves the link's snapshot: the account's own tables only, with warnings, results and ranking", async () => {
    const app = createScoreboardApp(boardOptions());

    const response = await app.handle(get(`/b/${TOKEN}/snapshot`));

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['cache-control']).toBe('no-store');
    const snapshot: ScoreboardSnapshot = JSON.parse(response.body);
    expect(snapshot.tables.map((table) => table.thing)).toEqual(['kitchen', 'office']);
    expect(snapshot.tables[1]).toMatchObject({
      score: { red: 2, blue: 1 },
      sensorWarnings: [{ goal: 'red', state: 'blocked' }],
    });
    expect(snapshot.recent).toHaveLength(1);
    expect(snapshot.rankings.players[0]).toMatchObject({ name: 'Alice', won: 1 });
  });

  it("never shows another account's match, even on a table both can reach", async () => {
    const app = createScoreboardApp(boardOptions());

    const theirs: ScoreboardSnapshot = JSON.parse((await app.handle(get(`/b/${OTHER_TOKEN}/snapshot`))).body);

    expect(theirs.tables.map((table) => table.thing)).toEqual(['garage']);
    expect(JSON.stringify(theirs)).not.toContain('Alice');
  });

  it('answers an unknown or revoked link with 404 and a plain message, reading nothing else', async () => {
    let reads = 0;
    const options = boardOptions();
    const app = createScoreboardApp({
      ...options,
      sources: {
        ...options.sources,
        history: {
          recent: async () => {
            reads += 1;
            return [];
          },
        },
      },
    });

    for (const path of [`/b/${'c'.repeat(43)}`, `/b/${'c'.repeat(43)}/snapshot`]) {
      const response = await app.handle(get(path));
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/plain/);
      expect(response.body).toMatch(/revoked/);
    }
    expect(reads).toBe(0);
  });

  it('serves the page with the first snapshot, labels in the reader’s language and names kept as data', async () => {
    const app = createScoreboardApp(boardOptions());

    const english = await app.handle(get(`/b/${TOKEN}`, 'en-GB,en;q=0.8'));
    const french = await app.handle(get(`/b/${TOKEN}`, 'fr-FR,fr;q=0.9,en;q=0.5'));

    expect(english.status).toBe(200);
    expect(english.headers['content-type']).toMatch(/^text\/html/);
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain(`"snapshotUrl":"/b/${TOKEN}/snapshot"`);
    expect(english.body).not.toContain('"eventsUrl"');
    expect(english.body).not.toContain('<b>Dan</b>');
    expect(english.body).toContain('\\u003cb>Dan\\u003c/b>');
    expect(french.body).toContain('<html lang="fr">');
    expect(french.body).toContain('Derniers résultats');
  });

  it("allows exactly the page's own inline script by hash, and that script parses", () => {
    const csp = createScoreboardApp(boardOptions()).handle(get(`/b/${TOKEN}`));
    const hash = createHash('sha256').update(BOARD_SCRIPT).digest('base64');

    return csp.then((response) => {
      expect(response.headers['content-security-policy']).toContain(`script-src 'sha256-${hash}'`);
      expect(response.body).toContain(`<script>${BOARD_SCRIPT}</script>`);
      expect(() => new Script(BOARD_SCRIPT)).not.toThrow();
    });
  });

  it('serves `/` only on the local stack, and offers live updates only when the server streams them', async () => {
    const remote = createScoreboardApp(boardOptions());
    const local = createScoreboardApp(boardOptions({ localLeague: async () => 'A', liveUpdates: true }));

    expect((await remote.handle(get('/'))).status).toBe(404);
    const page = await local.handle(get('/'));
    expect(page.status).toBe(200);
    expect(page.body).toContain('"eventsUrl":"/events"');
    expect(JSON.parse((await local.handle(get('/snapshot'))).body).tables).toHaveLength(2);
  });

  it('refuses other methods and unknown paths', async () => {
    const app = createScoreboardApp(boardOptions());

    expect((await app.handle({ method: 'POST', path: `/b/${TOKEN}` })).status).toBe(405);
    expect((await app.handle(get('/admin'))).status).toBe(404);
    expect((await app.handle(get(`/b/${TOKEN}/events`))).status).toBe(404);
  });

  it('answers 503 without details when the stores fail', async () => {
    const options = boardOptions();
    const app = createScoreboardApp({
      ...options,
      sources: { ...options.sources, history: { recent: () => Promise.reject(new Error('throttled')) } },
    });

    const response = await app.handle(get(`/b/${TOKEN}/snapshot`));

    expect(response.status).toBe(503);
    expect(response.body).not.toContain('throttled');
  });
});

describe('parseBoardPath', () => {
  it('reads link and local addresses and ignores query strings', () => {
    expect(parseBoardPath(`/b/${TOKEN}/snapshot?x=1`)).toEqual({
      access: { token: TOKEN },
      view: 'snapshot',
      base: `/b/${TOKEN}`,
    });
    expect(parseBoardPath('/events')).toEqual({ access: { local: true }, view: 'events', base: '' });
    expect(parseBoardPath('/b/')).toBeUndefined();
    expect(parseBoardPath('/b/x/y/z')).toBeUndefined();
  });
});
