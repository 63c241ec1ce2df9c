import type { Display } from './display';
import { boardQrBlock } from './qr-lines';
import { renderScoreboard } from './scoreboard';
import type { TableView } from './table-view';

const CLEAR = '\x1b[H\x1b[2J';
const HIDE_CURSOR = '\x1b[?25l';
const SHOW_CURSOR = '\x1b[?25h';
const RED = '\x1b[1;31m';
const BLUE = '\x1b[1;34m';
const YELLOW = '\x1b[1;33m';
const RESET = '\x1b[0m';

/** The scoreboard on a terminal, redrawn whole on every change, with a few lines of log below. */
export class TtyDisplay implements Display {
  private last: TableView | undefined;

  private readonly qr: string[];

  /** `boardUrl`: the web scoreboard's link, drawn as a QR code while no match is being played. */
  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly below: () => string[] = () => [],
    boardUrl?: string,
  ) {
    this.qr = boardUrl ? boardQrBlock(boardUrl) : [];
    out.write(HIDE_CURSOR);
  }

  show(view: TableView): void {
    this.last = view;
    const lines = renderScoreboard(view).map(colour);
    const qr = view.phase === 'PLAYING' || view.phase === 'PAUSED' ? [] : ['', ...this.qr];
    const help = 'keys: r = goal for red · b = goal for blue · p = pairing code · q = quit';
    this.out.write(`${CLEAR}${[...lines, ...qr, '', help, ...this.below()].join('\n')}\n`);
  }

  /** Draws the last view again (e.g. after a log line was added below it). */
  redraw(): void {
    if (this.last) this.show(this.last);
  }

  close(): void {
    this.out.write(SHOW_CURSOR);
  }
}

function colour(line: string): string {
  return line
    .replace(/\bRED\b/g, `${RED}RED${RESET}`)
    .replace(/\bBLUE\b/g, `${BLUE}BLUE${RESET}`)
    .replace(/^(\s*)(!.*|>>.*)$/, `$1${YELLOW}$2${RESET}`);
}

/**
 * Calls `onKey` with each key pressed (raw mode on a terminal, so no Enter needed; one
 * character at a time from a pipe). Ctrl-C arrives as `q`. Returns a function that stops.
 */
export function readKeys(input: NodeJS.ReadStream, onKey: (key: string) => void): () => void {
  if (input.isTTY) input.setRawMode(true);
  input.setEncoding('utf8');
  const listener = (chunk: string) => {
    for (const key of chunk) onKey(key === '\u0003' ? 'q' : key.toLowerCase());
  };
  input.on('data', listener);
  input.resume();
  return () => {
    input.off('data', listener);
    if (input.isTTY) input.setRawMode(false);
    input.pause();
  };
}
