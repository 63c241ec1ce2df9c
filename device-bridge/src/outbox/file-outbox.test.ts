import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { silentLog } from '../log';
import { FileOutbox, OutboxSeqError, SEQ_FILE } from './file-outbox';
import { type GoalEvent, goalScored } from './goal-event';

async function emptyDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'bridge-outbox-'));
}

async function stored(outbox: FileOutbox, count: number): Promise<GoalEvent[]> {
  const goals: GoalEvent[] = [];
  for (let i = 0; i < count; i += 1) goals.push(await outbox.add(goalScored('m1', 'red', 1000 + i)));
  return goals;
}

function seqs(goals: GoalEvent[]): (number | undefined)[] {
  return goals.map((goal) => goal.seq);
}

describe('FileOutbox', () => {
  it('keeps goals across a reopen (a restart) until they are removed', async () => {
    // Prepare
    const dir = await emptyDir();
    const first = await FileOutbox.open(dir, silentLog);
    const early = await first.add(goalScored('m1', 'red', 1000));
    const late = await first.add(goalScored('m1', 'blue', 2000));

    // Act
    const reopened = await FileOutbox.open(dir, silentLog);
    await reopened.remove(early.eventId);
    const again = await FileOutbox.open(dir, silentLog);

    // Assess
    expect(reopened.size()).toBe(1);
    expect(again.pending()).toEqual([late]);
  });

  it('lists pending goals in seq order, the order they were stored, even if the clock stepped back', async () => {
    const outbox = await FileOutbox.open(await emptyDir(), silentLog);
    for (const at of [3000, 1000, 2000]) await outbox.add(goalScored('m1', 'red', at));

    expect(outbox.pending().map((goal) => [goal.seq, goal.at])).toEqual([
      [1, 3000],
      [2, 1000],
      [3, 2000],
    ]);
    expect(outbox.nextToSend()?.seq).toBe(1);
  });

  it('gives goals stored at the same moment seqs in the order they were detected', async () => {
    const outbox = await FileOutbox.open(await emptyDir(), silentLog);
    const red = goalScored('m1', 'red', 1000);
    const blue = goalScored('m1', 'blue', 1000);

    const both = await Promise.all([outbox.add(red), outbox.add(blue)]);

    expect(both.map((goal) => [goal.eventId, goal.seq])).toEqual([
      [red.eventId, 1],
      [blue.eventId, 2],
    ]);
  });

  it('never hands a seq out again once its goal was removed, across a reopen', async () => {
    // Prepare
    const dir = await emptyDir();
    const first = await FileOutbox.open(dir, silentLog);
    for (const goal of await stored(first, 3)) await first.remove(goal.eventId);

    // Act
    const reopened = await FileOutbox.open(dir, silentLog);
    const next = await reopened.add(goalScored('m1', 'blue', 5000));

    // Assess
    expect(next.seq).toBe(4);
    expect(JSON.parse(await readFile(join(dir, SEQ_FILE), 'utf8'))).toEqual({ lastSeq: 3 });
  });

  it('continues after the goals on disk when seq.json lags behind them (a crash before any removal)', async () => {
    // Prepare: seq.json says 1; goals 2 and 3 were stored and never acknowledged
    const dir = await emptyDir();
    const first = await FileOutbox.open(dir, silentLog);
    const [one] = await stored(first, 3);
    await first.remove(one?.eventId ?? '');

    // Act
    const reopened = await FileOutbox.open(dir, silentLog);
    const next = await reopened.add(goalScored('m1', 'blue', 5000));

    // Assess
    expect(JSON.parse(await readFile(join(dir, SEQ_FILE), 'utf8'))).toEqual({ lastSeq: 1 });
    expect(seqs(reopened.pending())).toEqual([2, 3, 4]);
    expect(next.seq).toBe(4);
  });

  it('keeps a goal whose removal crashed after seq.json was saved, with its seq, and moves on', async () => {
    // Prepare: the removal of goal 2 saved seq.json, then died before deleting the file
    const dir = await emptyDir();
    const first = await FileOutbox.open(dir, silentLog);
    const [, two] = await stored(first, 2);
    await writeFile(join(dir, SEQ_FILE), JSON.stringify({ lastSeq: 2 }));

    // Act
    const reopened = await FileOutbox.open(dir, silentLog);
    const next = await reopened.add(goalScored('m1', 'blue', 5000));

    // Assess
    expect(reopened.pending().slice(0, 2)).toEqual(first.pending());
    expect(reopened.nextToSend()?.seq).toBe(1);
    expect(two?.seq).toBe(2);
    expect(next.seq).toBe(3);
  });

  it('drops a seq.json write that crashed before its rename and keeps the previous seq', async () => {
    const dir = await emptyDir();
    const first = await FileOutbox.open(dir, silentLog);
    for (const goal of await stored(first, 2)) await first.remove(goal.eventId);
    await writeFile(join(dir, `${SEQ_FILE}.tmp`), '{"lastSeq":');

    const reopened = await FileOutbox.open(dir, silentLog);

    expect((await reopened.add(goalScored('m1', 'red', 5000))).seq).toBe(3);
    expect(await readdir(dir)).not.toContain(`${SEQ_FILE}.tmp`);
  });

  it('refuses an unreadable seq.json rather than risk a seq used twice', async () => {
    const dir = await emptyDir();
    await writeFile(join(dir, SEQ_FILE), '{"lastSeq": "many"}');

    await expect(FileOutbox.open(dir, silentLog)).rejects.toThrow(OutboxSeqError);
  });

  it('sends goals left by older firmware (no seq) first, by time, then the new ones by seq', async () => {
    // Prepare
    const dir = await emptyDir();
    const legacy = [goalScored('m1', 'blue', 2000), goalScored('m1', 'red', 1000)];
    for (const goal of legacy)
      await writeFile(join(dir, `${goal.at}-${goal.eventId}.goal.json`), JSON.stringify(goal));

    // Act
    const outbox = await FileOutbox.open(dir, silentLog);
    const fresh = await outbox.add(goalScored('m1', 'red', 500));

    // Assess
    expect(outbox.pending()).toEqual([legacy[1], legacy[0], fresh]);
    expect(fresh.seq).toBe(1);
  });

  it('drops a half-written temp file and sets an unreadable goal aside', async () => {
    // Prepare
    const dir = await emptyDir();
    await writeFile(join(dir, '5-abc.goal.json.tmp'), '{"eventId":');
    await writeFile(join(dir, '6-def.goal.json'), '{"eventId":"def"}');

    // Act
    const outbox = await FileOutbox.open(dir, silentLog);

    // Assess
    expect(outbox.size()).toBe(0);
    expect(await readdir(dir)).toEqual(['6-def.goal.json.bad']);
  });

  it('ignores removing a goal it does not hold', async () => {
    const outbox = await FileOutbox.open(await emptyDir(), silentLog);

    await expect(outbox.remove('unknown')).resolves.toBeUndefined();
  });
});

describe('FileOutbox killed (SIGKILL) while storing and removing goals', () => {
  const churnScript = fileURLToPath(new URL('../test-support/outbox-churn.ts', import.meta.url));

  /** Runs the churn process on `dir` until it printed `steps` lines, then kills it `delayMs` later. */
  async function churnThenKill(dir: string, keep: number, steps: number, delayMs: number): Promise<string[]> {
    const child = spawn(process.execPath, ['--import', 'tsx', churnScript, dir, String(keep)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const lines: string[] = [];
    let partial = '';
    await new Promise<void>((resolve, reject) => {
      child.once('exit', () => resolve());
      child.once('error', reject);
      child.stdout.on('data', (chunk: Buffer) => {
        const text = partial + chunk.toString();
        const complete = text.split('\n');
        partial = complete.pop() ?? '';
        lines.push(...complete);
        if (lines.length >= steps) setTimeout(() => child.kill('SIGKILL'), delayMs);
      });
    });
    return lines;
  }

  it('never reuses a seq and never loses a stored goal, whatever instant it dies at', async () => {
    const dir = await emptyDir();
    const storedSeqs = new Set<number>();
    const removing = new Set<number>();

    // Each run on the same outbox: goals kept pending, lines printed, then ms before the kill
    // (a goal step takes a few ms: the kill lands inside one, at a different point each time).
    const runs = [
      [3, 17, 1],
      [0, 8, 2],
      [1, 25, 4],
      [0, 31, 3],
      [2, 12, 7],
      [0, 15, 5],
      [0, 20, 9],
    ] as const;
    for (const [keep, steps, delayMs] of runs) {
      // Act
      for (const line of await churnThenKill(dir, keep, steps, delayMs)) {
        const [step, seq] = line.split(' ');
        if (step === 'stored') storedSeqs.add(Number(seq));
        if (step === 'removing') removing.add(Number(seq));
      }
      const outbox = await FileOutbox.open(dir, silentLog);

      // Assess: every stored goal not being removed is still there, each seq once
      const pendingSeqs = seqs(outbox.pending());
      expect(new Set(pendingSeqs).size).toBe(pendingSeqs.length);
      const kept = [...storedSeqs].filter((seq) => !removing.has(seq));
      expect(pendingSeqs).toEqual(expect.arrayContaining(kept));
      const next = await outbox.add(goalScored('m1', 'blue', Date.now()));
      expect(next.seq).toBeGreaterThan(Math.max(0, ...storedSeqs));
      storedSeqs.add(next.seq ?? 0);
    }
  });
});
