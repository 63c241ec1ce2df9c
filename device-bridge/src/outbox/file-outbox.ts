import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { BridgeLog } from '../log';
import { type GoalEvent, goalEventSchema, type NewGoal, sendOrder } from './goal-event';

const SUFFIX = '.goal.json';
const TEMP_SUFFIX = '.tmp';
/** Holds the highest seq of a removed goal: once its file is gone, nothing else remembers it. */
export const SEQ_FILE = 'seq.json';
const seqFileSchema = z.object({ lastSeq: z.number().int().min(0) });

/** The outbox's seq file exists but cannot be read, so the next seq cannot be trusted. */
export class OutboxSeqError extends Error {
  constructor(
    readonly path: string,
    options?: { cause?: unknown },
  ) {
    super(
      `${path} is unreadable. It holds the last goal seq this table used; rather than risk using a seq ` +
        'twice the bridge stops. Restore the file, or write {"lastSeq": N} with N at least the last seq sent.',
      options,
    );
    this.name = 'OutboxSeqError';
  }
}

/**
 * Goals not yet acknowledged by the broker, one file each in a directory. A goal is on disk
 * (file and directory entry fsync'ed) before it is published, so a crash, a power cut or a
 * broker outage cannot lose it; it is removed only once the broker's PUBACK arrived.
 *
 * Each goal gets the next `seq` of the table, inside its own file: the seq is durable exactly
 * when the goal is, so no crash can leave a stored goal whose seq could be handed out again.
 * The highest seq still on disk is the last one used, unless its goal was removed: that is
 * why a removal first saves the seq in `seq.json`.
 */
export class FileOutbox {
  /** Pending goals by eventId, with the file each one lives in. */
  private readonly goals = new Map<string, { goal: GoalEvent; path: string }>();
  /** The highest seq handed out, stored or being stored. */
  private lastSeq: number;
  /** Disk changes, one at a time in call order, so goals become pending in seq order. */
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly dir: string,
    /** The seq in `seq.json`. */
    private savedSeq: number,
  ) {
    this.lastSeq = savedSeq;
  }

  /**
   * Opens (creating it if needed) the outbox in `dir` and loads the goals left pending.
   * Throws `OutboxSeqError` when `seq.json` is unreadable.
   */
  static async open(dir: string, log: BridgeLog): Promise<FileOutbox> {
    await mkdir(dir, { recursive: true });
    const outbox = new FileOutbox(dir, await readSavedSeq(join(dir, SEQ_FILE)));
    for (const name of (await readdir(dir)).sort()) await outbox.load(name, log);
    return outbox;
  }

  /** Pending goals, in the order they are to be sent (by seq). */
  pending(): GoalEvent[] {
    return [...this.goals.values()].map((entry) => entry.goal).sort(sendOrder);
  }

  /** The pending goal to send first, if any. */
  nextToSend(): GoalEvent | undefined {
    return this.pending()[0];
  }

  size(): number {
    return this.goals.size;
  }

  has(eventId: string): boolean {
    return this.goals.has(eventId);
  }

  /**
   * Gives the goal the table's next seq and writes it durably; resolves with the stored goal
   * once it would survive a power cut.
   */
  add(goal: NewGoal): Promise<GoalEvent> {
    // Taken now, not when the write starts: goals keep the order they were detected in.
    this.lastSeq += 1;
    const seq = this.lastSeq;
    const stored: GoalEvent = { ...goal, seq };
    return this.serially(async () => {
      const path = this.pathOf(seq, stored.eventId);
      await this.writeDurably(path, JSON.stringify(stored));
      this.goals.set(stored.eventId, { goal: stored, path });
      return stored;
    });
  }

  /** Forgets an acknowledged goal. */
  remove(eventId: string): Promise<void> {
    return this.serially(async () => {
      const entry = this.goals.get(eventId);
      if (!entry) return;
      // The seq first: once the goal file is gone, only seq.json says that this seq was used.
      await this.saveSeq(entry.goal.seq ?? 0);
      // Off the disk before the map: a goal counted as sent is never still in the directory.
      await unlink(entry.path).catch(ignoreMissing);
      this.goals.delete(eventId);
      // A removal lost to a crash only means one more re-send, which the backend ignores.
      await this.syncDirectory();
    });
  }

  private async load(name: string, log: BridgeLog): Promise<void> {
    const path = join(this.dir, name);
    // A temp file is a write that crashed before its rename: its goal was never sent, and a
    // seq.json temp never replaced the seq.json it was to replace.
    if (name.endsWith(TEMP_SUFFIX)) {
      await unlink(path);
      return;
    }
    if (!name.endsWith(SUFFIX)) return;
    const parsed = goalEventSchema.safeParse(parseJson(await readFile(path, 'utf8')));
    if (parsed.success) {
      this.goals.set(parsed.data.eventId, { goal: parsed.data, path });
      this.lastSeq = Math.max(this.lastSeq, parsed.data.seq ?? 0);
      return;
    }
    log.error('unreadable goal in outbox, set aside', { file: name });
    await rename(path, `${path}.bad`);
  }

  private async saveSeq(seq: number): Promise<void> {
    if (seq <= this.savedSeq) return;
    await this.writeDurably(join(this.dir, SEQ_FILE), JSON.stringify({ lastSeq: seq }));
    this.savedSeq = seq;
  }

  /** Temp file, fsync, rename, fsync of the directory: the file is whole and there, or absent. */
  private async writeDurably(path: string, text: string): Promise<void> {
    const temp = `${path}${TEMP_SUFFIX}`;
    const file = await open(temp, 'w');
    try {
      await file.writeFile(text);
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
    await this.syncDirectory();
  }

  private serially<T>(change: () => Promise<T>): Promise<T> {
    const done = this.queue.then(change);
    // A failed change fails its own caller; the next change still runs.
    this.queue = done.catch(() => undefined);
    return done;
  }

  private pathOf(seq: number, eventId: string): string {
    // Seq first, zero-padded, so that a directory listing is in send order.
    const safeId = eventId.replace(/[^a-zA-Z0-9-]/g, '_');
    return join(this.dir, `${String(seq).padStart(12, '0')}-${safeId}${SUFFIX}`);
  }

  private async syncDirectory(): Promise<void> {
    const dir = await open(this.dir, 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}

async function readSavedSeq(path: string): Promise<number> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (isMissing(error)) return 0;
    throw error;
  }
  const parsed = seqFileSchema.safeParse(parseJson(text));
  if (!parsed.success) throw new OutboxSeqError(path, { cause: parsed.error });
  return parsed.data.lastSeq;
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

function ignoreMissing(error: unknown): void {
  if (!isMissing(error)) throw error;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
