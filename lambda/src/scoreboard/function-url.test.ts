import { describe, expect, it } from 'vitest';
import { memoryLogger } from '../logger';
import { createScoreboardHandler } from './function-url';
import type { BoardRequest, ScoreboardApp } from './scoreboard-app';

/** An app that says what it was asked, so the adapter's mapping can be read back. */
function echoingApp(): ScoreboardApp & { asked: BoardRequest[] } {
  const asked: BoardRequest[] = [];
  return {
    asked,
    accountAt: async () => undefined,
    read: () => Promise.reject(new Error('not used')),
    async handle(request) {
      asked.push(request);
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'board' };
    },
  };
}

describe('the function URL entry', () => {
  it('hands the method, raw path and language of a function URL event to the board', async () => {
    const app = echoingApp();
    const handler = createScoreboardHandler(app, memoryLogger());

    const result = await handler({
      version: '2.0',
      rawPath: '/b/abc/snapshot',
      rawQueryString: 'x=1',
      headers: { 'accept-language': 'fr-FR,fr;q=0.9', host: 'id.lambda-url.eu-west-1.on.aws' },
      requestContext: { http: { method: 'GET', path: '/b/abc/snapshot' } },
      isBase64Encoded: false,
    });

    expect(app.asked).toEqual([{ method: 'GET', path: '/b/abc/snapshot', acceptLanguage: 'fr-FR,fr;q=0.9' }]);
    expect(result).toEqual({ statusCode: 200, headers: { 'content-type': 'text/plain' }, body: 'board' });
  });

  it('answers 400 to anything that is not a function URL event, without asking the board', async () => {
    const app = echoingApp();
    const log = memoryLogger();
    const handler = createScoreboardHandler(app, log);

    const result = await handler({ Records: [] });

    expect(result.statusCode).toBe(400);
    expect(app.asked).toEqual([]);
    expect(log.lines.map((line) => line.message)).toEqual(['scoreboard: not a function URL event']);
  });
});
