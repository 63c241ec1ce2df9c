import { z } from 'zod';
import type { Logger } from '../logger';
import type { BoardResponse, ScoreboardApp } from './scoreboard-app';

/** The parts of a Lambda function URL event (payload format 2.0) the board reads. */
const functionUrlEventSchema = z.object({
  rawPath: z.string(),
  headers: z.record(z.string(), z.string()).optional(),
  requestContext: z.object({ http: z.object({ method: z.string() }) }),
});

/** What a function URL expects back. */
export interface FunctionUrlResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

/** The Lambda entry behind the scoreboard's function URL. */
export type ScoreboardHandler = (event: unknown) => Promise<FunctionUrlResult>;

/**
 * Adapts the board to a Lambda function URL: one request in, one buffered answer out (the page
 * polls its snapshot; no stream is held open). Anything that is not a function URL event gets a 400.
 */
export function createScoreboardHandler(app: ScoreboardApp, log: Logger): ScoreboardHandler {
  return async (event) => {
    const parsed = functionUrlEventSchema.safeParse(event);
    if (!parsed.success) {
      log.warn('scoreboard: not a function URL event', { issues: parsed.error.issues.slice(0, 3) });
      return result({
        status: 400,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: 'Bad request\n',
      });
    }
    const { rawPath, headers = {}, requestContext } = parsed.data;
    const acceptLanguage = headers['accept-language'];
    const answer = await app.handle({
      method: requestContext.http.method,
      path: rawPath,
      ...(acceptLanguage === undefined ? {} : { acceptLanguage }),
    });
    return result(answer);
  };
}

function result(answer: BoardResponse): FunctionUrlResult {
  return { statusCode: answer.status, headers: answer.headers, body: answer.body };
}
