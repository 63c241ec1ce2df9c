import type { Logger } from '../logger';
import { type BoardAddress, chartedNames, parseBoardPath } from './board-address';
import type { BoardLinkStore } from './board-link-store';
import { BOARD_CONTENT_SECURITY_POLICY, boardPage, pageLabels, revokedText } from './page/board-page';
import { LEAGUE_CONTENT_SECURITY_POLICY } from './page/league-shell';
import { playerLabels, playerPage, unknownPlayerPage } from './page/player-page';
import { ratingsLabels, ratingsPage } from './page/ratings-page';
import { playerRecord } from './player-record';
import { ratingSeries } from './rating-series';
import { readScoreboard, type ScoreboardSources } from './scoreboard-reader';
import type { ScoreboardSnapshot } from './snapshot';

/** An HTTP request as the board sees it, whatever carried it (Lambda function URL, node:http). */
export interface BoardRequest {
  method: string;
  /** Path, possibly with a query string. */
  path: string;
  acceptLanguage?: string;
}

export interface BoardResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ScoreboardAppOptions {
  sources: ScoreboardSources;
  links: Pick<BoardLinkStore, 'accountOf'>;
  log: Logger;
  /**
   * Serves `/` as this league's board, with no token. Only for the local stack, which listens
   * on 127.0.0.1: in AWS every board is behind a link.
   */
  localLeague?: () => Promise<string>;
  /** The server streams `<board>/events`; left out, the page polls its snapshot. */
  liveUpdates?: boolean;
  /** How often a page polls when it cannot stream (default 2 s). */
  pollMs?: number;
}

/** The web scoreboard, transport-free: the Lambda entry and the local server both answer through it. */
export interface ScoreboardApp {
  /** The league whose board the address shows; undefined for an unknown, revoked or expired link. */
  accountAt(address: BoardAddress): Promise<string | undefined>;
  /** The league's board now. */
  read(leagueId: string): Promise<ScoreboardSnapshot>;
  /** Answers a page or snapshot request; event streams are the server's to hold open. */
  handle(request: BoardRequest): Promise<BoardResponse>;
}

/** The latest matches the ratings chart is drawn from: one Query of at most this many items. */
export const CHART_HISTORY_READ = 500;

const COMMON_HEADERS = {
  'cache-control': 'no-store',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-robots-tag': 'noindex, nofollow',
};

/** A league page (ratings, a player's): HTML under the league pages' policy, no script. */
function leagueHtml(status: number, body: string): BoardResponse {
  return {
    status,
    headers: {
      ...COMMON_HEADERS,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': LEAGUE_CONTENT_SECURITY_POLICY,
    },
    body,
  };
}

function plain(status: number, body: string, extra: Record<string, string> = {}): BoardResponse {
  return {
    status,
    headers: { ...COMMON_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...extra },
    body,
  };
}

export function createScoreboardApp(options: ScoreboardAppOptions): ScoreboardApp {
  // A link is checked against the board's clock: an expired one opens nothing.
  const accountAt = async (address: BoardAddress) =>
    'token' in address.access
      ? options.links.accountOf(address.access.token, options.sources.now())
      : options.localLeague?.();
  const read = (accountId: string) => readScoreboard(options.sources, accountId);

  return {
    accountAt,
    read,
    async handle(request) {
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return plain(405, 'Method not allowed\n', { allow: 'GET, HEAD' });
      const address = parseBoardPath(request.path);
      if (!address || address.view === 'events') return plain(404, 'Not found\n');
      if ('local' in address.access && options.localLeague === undefined) return plain(404, 'Not found\n');
      try {
        const accountId = await accountAt(address);
        if (accountId === undefined) return plain(404, revokedText());
        if (address.view === 'player' && address.player !== undefined) {
          const history = await options.sources.history.recent(accountId, CHART_HISTORY_READ);
          const labels = playerLabels(request.acceptLanguage);
          const record = playerRecord(history, address.player);
          return record === undefined
            ? leagueHtml(404, unknownPlayerPage(labels, address.base, address.player))
            : leagueHtml(200, playerPage(labels, address.base, record, history.length));
        }
        if (address.view === 'ratings') {
          const history = await options.sources.history.recent(accountId, CHART_HISTORY_READ);
          return leagueHtml(
            200,
            ratingsPage(
              ratingsLabels(request.acceptLanguage),
              address.base,
              ratingSeries(history),
              history.length,
              chartedNames(request.path),
            ),
          );
        }
        const snapshot = await read(accountId);
        if (address.view === 'snapshot') {
          return {
            status: 200,
            headers: { ...COMMON_HEADERS, 'content-type': 'application/json; charset=utf-8' },
            body: JSON.stringify(snapshot),
          };
        }
        const feeds = {
          snapshotUrl: `${address.base}/snapshot`,
          pollMs: options.pollMs ?? 2000,
          ...(options.liveUpdates ? { eventsUrl: `${address.base}/events` } : {}),
        };
        return {
          status: 200,
          headers: {
            ...COMMON_HEADERS,
            'content-type': 'text/html; charset=utf-8',
            'content-security-policy': BOARD_CONTENT_SECURITY_POLICY,
          },
          body: boardPage(pageLabels(request.acceptLanguage), feeds, snapshot, {
            href: `${address.base}/ratings`,
            text: ratingsLabels(request.acceptLanguage).toRatings,
          }),
        };
      } catch (error) {
        options.log.error('scoreboard read failed', {
          error,
        });
        return plain(
          503,
          'The scoreboard cannot be read right now. / Le tableau est illisible pour le moment.\n',
          {
            'retry-after': '5',
          },
        );
      }
    },
  };
}
