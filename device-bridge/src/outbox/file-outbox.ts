import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BridgeLog } from '../log';
import { type GoalEvent, goalEventSchema } from './goal-event';

const SUFFIX = '.goal.json';
const TEMP_SUFFIX = '.tmp';

/**
 * Goals not yet acknowledged by the broker, one file each in a directory. A goal is on disk
 * (file and directory entry fsync'ed) before it is published, so a crash, a power cut or a
 * broker outage cannot lose it; it is removed only once the broker's PUBACK arrived.
 */
export class FileOutbox {
  /** Pending goals by eventId, with the file each one lives in. */
  private readonly goals = new Map<string, { goal: GoalEvent; path: string }>();

  private constructor(private readonly dir: string) {}

  /** Opens (creating it if needed) the outbox in `dir` and loads the goals left pending. */
  static async open(dir: string, log: BridgeLog): Promise<FileOutbox> {
    await mkdir(dir, { recursive: true });
    const outbox = new FileOutbox(dir);
    for (const name of (await readdir(dir)).sort()) {
      const path = join(dir, name);
      // A temp file is a write that crashed before its rename: its goal was never shown nor sent.
      if (name.endsWith(TEMP_SUFFIX)) await unlink(path);
      if (!name.endsWith(SUFFIX)) continue;
      const parsed = goalEventSchema.safeParse(parseJson(await readFile(path, 'utf8')));
      if (parsed.success) outbox.goals.set(parsed.data.eventId, { goal: parsed.data, path });
      else {
        log.error('unreadable goal in outbox, set aside', { file: name });
        await rename(path, `${path}.bad`);
      }
    }
    return outbox;
  }

  /** Pending goals, oldest first. */
  pending(): GoalEvent[] {
    return [...this.goals.values()].map((entry) => entry.goal).sort((a, b) => a.at - b.at);
  }

  size(): number {
    return this.goals.size;
  }

  has(eventId: string): boolean {
    return this.goals.has(eventId);
  }

  /** Writes a goal durably; resolves once it would survive a power cut. */
  async add(goal: GoalEvent): Promise<void> {
    const path = this.pathOf(goal);
    const temp = `${path}${TEMP_SUFFIX}`;
    const file = await open(temp, 'w');
    try {
      await file.writeFile(JSON.stringify(goal));
      await file.sync();
    } finally {
      await file.close();
    }
    await rename(temp, path);
    await this.syncDirectory();
    this.goals.set(goal.eventId, { goal, path });
  }

  /** Forgets an acknowledged goal. */
  async remove(eventId: string): Promise<void> {
    const entry = this.goals.get(eventId);
    if (!entry) return;
    // Off the disk first: a goal counted as sent is never still in the outbox directory.
    await unlink(entry.path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    this.goals.delete(eventId);
    // A removal lost to a crash only means one more re-send, which the backend ignores.
    await this.syncDirectory();
  }

  private pathOf(goal: GoalEvent): string {
    // Time first so that a directory listing is in goal order.
    const safeId = goal.eventId.replace(/[^a-zA-Z0-9-]/g, '_');
    return join(this.dir, `${goal.at}-${safeId}${SUFFIX}`);
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

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
