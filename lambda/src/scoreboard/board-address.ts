/** What a board URL asks for: the page, its JSON snapshot, its event stream, or the ratings chart. */
export type BoardView = 'page' | 'snapshot' | 'events' | 'ratings' | 'player';

/** A parsed board URL: whose board (a link token, or the local stack's own board) and which view. */
export interface BoardAddress {
  access: { token: string } | { local: true };
  view: BoardView;
  /** The board's path with no view: `/b/<token>`, or '' for the local board at `/`. */
  base: string;
  /** The player a `player` view is about (`<board>/player/<name>`, decoded). */
  player?: string;
}

const PLAYER_PATH = /^(?:\/b\/([^/]+))?\/player\/([^/]+)\/?$/;

/** `<board>/player/<name>`: a player's page; undefined for another path or a name that does not decode. */
function playerAddress(pathname: string): BoardAddress | undefined {
  const match = PLAYER_PATH.exec(pathname);
  const encoded = match?.[2];
  if (match === null || encoded === undefined) return undefined;
  let player: string;
  try {
    player = decodeURIComponent(encoded).trim();
  } catch {
    return undefined;
  }
  if (player === '' || player.length > 64) return undefined;
  const token = match[1];
  return token === undefined
    ? { access: { local: true }, view: 'player', base: '', player }
    : { access: { token }, view: 'player', base: `/b/${token}`, player };
}

const LINK_PATH = /^\/b\/([^/]+)(?:\/(snapshot|events|ratings))?\/?$/;
const LOCAL_PATH = /^\/(?:(snapshot|events|ratings)\/?)?$/;

/** Reads a request path (query string ignored); undefined when it is no board URL. */
export function parseBoardPath(path: string): BoardAddress | undefined {
  const pathname = path.split('?')[0] ?? '';
  const player = playerAddress(pathname);
  if (player) return player;
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
