import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { silentLog } from '../log';
import { FileOutbox } from './file-outbox';
import { goalScored } from './goal-event';

async function emptyDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'bridge-outbox-'));
}

describe('FileOutbox', () => {
  it('keeps goals across a reopen (a restart) until they are removed', async () => {
    // Prepare
    const dir = await emptyDir();
    const first = await FileOutbox.open(dir, silentLog);
    const early = goalScored('m1', 'red', 1000);
    const late = goalScored('m1', 'blue', 2000);
    await first.add(late);
    await first.add(early);

    // Act
    const reopened = await FileOutbox.open(dir, silentLog);
    await reopened.remove(early.eventId);
    const again = await FileOutbox.open(dir, silentLog);

    // Assess
    expect(reopened.size()).toBe(1);
    expect(again.pending()).toEqual([late]);
  });

  it('lists pending goals oldest first', async () => {
    const outbox = await FileOutbox.open(await emptyDir(), silentLog);
    const goals = [
      goalScored('m1', 'red', 3000),
      goalScored('m1', 'red', 1000),
      goalScored('m1', 'blue', 2000),
    ];
    for (const goal of goals) await outbox.add(goal);

    expect(outbox.pending().map((goal) => goal.at)).toEqual([1000, 2000, 3000]);
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
