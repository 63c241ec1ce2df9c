/** What a board URL asks for: the page, its JSON snapshot, its event stream, or the ratings chart. */
export type BoardView = 'page' | 'snapshot' | 'events' | 'ratings';

/** A parsed board URL: whose board (a link token, or the local stack's own board) and which view. */
export interface BoardAddress {
  access: { token: string } | { local: true };
  view: BoardView;
  /** The board's path with no view: `/b/<token>`, or '' for the local board at `/`. */
  base: string;
}

const LINK_PATH = /^\/b\/([^/]+)(?:\/(snapshot|events|ratings))?\/?$/;
const LOCAL_PATH = /^\/(?:(snapshot|events|ratings)\/?)?$/;

/** Reads a request path (query string ignored); undefined when it is no board URL. */
export function parseBoardPath(path: string): BoardAddress | undefined {
  const pathname = path.split('?')[0] ?? '';
  const link = LINK_PATH.exec(pathname);
  if (link?.[1] !== undefined) {
    const token = link[1];
    return { access: { token }, view: viewOf(link[2]), base: `/b/${token}` };
  }
  const local = LOCAL_PATH.exec(pathname);
  if (local) return { access: { local: true }, view: viewOf(local[1]), base: '' };
  return undefined;
}

function viewOf(suffix: string | undefined): BoardView {
  return suffix === 'snapshot' || suffix === 'events' || suffix === 'ratings' ? suffix : 'page';
}

/** The public link of a board token under the scoreboard's base URL. */
export function boardLinkUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/b/${token}`;
}

/** The players a ratings address asks to draw (`?player=Alice&player=Bob`), as typed. */
export function chartedNames(path: string): string[] {
  const query = path.split('?')[1] ?? '';
  return new URLSearchParams(query)
    .getAll('player')
    .map((name) => name.trim())
    .filter((name) => name !== '' && name.length <= 64)
    .slice(0, 20);
}
