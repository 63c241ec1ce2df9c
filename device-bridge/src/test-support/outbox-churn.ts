/**
 * A process that stores goals and removes the oldest as fast as it can, keeping `keep` pending
 * (0: the outbox empties after each goal and only seq.json remembers the seq; more: goals wait
 * as in an outage). It prints each step once done (`stored <seq>`) or before it starts
 * (`removing <seq>`): a test kills it with SIGKILL anywhere and checks what the outbox holds.
 * Usage: node --import tsx outbox-churn.ts <outboxDir> <keep>
 */
import { silentLog } from '../log';
import { FileOutbox } from '../outbox/file-outbox';
import { goalScored } from '../outbox/goal-event';

async function churn(dir: string, keep: number): Promise<never> {
  const outbox = await FileOutbox.open(dir, silentLog);
  for (;;) {
    const stored = await outbox.add(goalScored('match-crash', 'red', Date.now()));
    process.stdout.write(`stored ${stored.seq}\n`);
    for (let oldest = outbox.nextToSend(); oldest && outbox.size() > keep; oldest = outbox.nextToSend()) {
      process.stdout.write(`removing ${oldest.seq}\n`);
      await outbox.remove(oldest.eventId);
    }
  }
}

const [dir, keep] = process.argv.slice(2);
if (!dir || !keep) throw new Error('usage: outbox-churn.ts <outboxDir> <goals kept pending>');
churn(dir, Number(keep)).catch((error: unknown) => {
  process.stderr.write(`churn failed: ${String(error)}\n`);
  process.exit(1);
});
