import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TableView } from './display/table-view';
import { silentLog } from './log';
import { FileOutbox, SEQ_FILE } from './outbox/file-outbox';
import { type GoalEvent, goalEventSchema, goalScored } from './outbox/goal-event';
import { CONFIRM_WINDOW_MS } from './table-state';
import { FakeCloud } from './test-support/fake-cloud';
import { startTestBridge, type TestTable } from './test-support/start-test-bridge';
import { startTestBroker, type TestBroker } from './test-support/test-broker';

const THING = 'babyfoot-test-1';

const match = {
  id: 'match-1',
  status: 'in_progress',
  mode: 'doubles',
  target: 10,
  winBy: 1,
  bestOf: 1,
  teams: { red: ['Alice', 'Bob'], blue: ['Carole', 'David'] },
  score: { red: 2, blue: 1 },
  games: { red: 0, blue: 0 },
};

let broker: TestBroker;
let cloud: FakeCloud;
const tables: TestTable[] = [];

async function table(outboxDir?: string, ackTimeoutMs?: number): Promise<TestTable> {
  const started = await startTestBridge(broker.url, THING, { outboxDir, ackTimeoutMs });
  tables.push(started);
  return started;
}

async function stopTable(started: TestTable): Promise<void> {
  await started.bridge.stop();
  tables.splice(tables.indexOf(started), 1);
}

async function viewUntil(
  started: TestTable,
  check: (view: TableView) => boolean,
  what: string,
): Promise<TableView> {
  await cloud.until(() => check(started.bridge.view()), what);
  return started.bridge.view();
}

function lastReported(): Record<string, unknown> {
  return cloud.reported;
}

function reportedMatch(): Record<string, unknown> {
  const reported = cloud.reported.match;
  return typeof reported === 'object' && reported !== null ? { ...reported } : {};
}

beforeEach(async () => {
  broker = await startTestBroker();
  cloud = await FakeCloud.connect(broker.directUrl, THING);
});

afterEach(async () => {
  for (const started of tables.splice(0)) await started.bridge.stop();
  await cloud.close();
  await broker.close();
});

describe('bridge and the device shadow', () => {
  it('reads the shadow at start, shows the match and reports it with the sensors', async () => {
    // Prepare
    cloud.desired = { match };
    cloud.version = 7;

    // Act
    const started = await table();

    // Assess
    const view = await viewUntil(started, (v) => v.phase === 'PLAYING', 'the match on the display');
    expect(view.match?.teams).toEqual(match.teams);
    expect(view.match?.score).toEqual({ red: 2, blue: 1 });
    await cloud.until(() => lastReported().match !== undefined, 'a report');
    expect(lastReported()).toEqual({ match, sensors: { red: 'ok', blue: 'ok' } });
  });

  it('creates the shadow with a report when there is none, and shows no match', async () => {
    cloud.shadowExists = false;

    const started = await table();

    await cloud.until(() => lastReported().sensors !== undefined, 'a first report');
    expect(started.bridge.view().phase).toBe('WAITING');
    expect(lastReported()).toEqual({ sensors: { red: 'ok', blue: 'ok' } });
  });

  it('merges a delta into the view and reports the new state', async () => {
    // Prepare
    cloud.desired = { match };
    const started = await table();
    await viewUntil(started, (v) => v.phase === 'PLAYING', 'the match');
    await cloud.until(() => lastReported().match !== undefined, 'a report');

    // Act
    await cloud.writeDesired({ match: { score: { red: 3 } } });

    // Assess
    const view = await viewUntil(started, (v) => v.match?.score.red === 3, 'the new score');
    expect(view.match?.score).toEqual({ red: 3, blue: 1 });
    expect(view.match?.teams).toEqual(match.teams);
    await cloud.until(() => JSON.stringify(lastReported()).includes('"red":3'), 'the new score reported');
    expect(lastReported().match).toEqual({ ...match, score: { red: 3, blue: 1 } });
  });

  it('shows a finished match with its winner, then a new match without it', async () => {
    cloud.desired = { match: { ...match, status: 'finished', winner: 'red', score: { red: 10, blue: 4 } } };
    const started = await table();
    await viewUntil(started, (v) => v.phase === 'FINISHED', 'the finished match');
    expect(started.bridge.view().match?.winner).toBe('red');

    // A delta does not carry the winner's removal: the bridge must fetch the document again.
    await cloud.writeDesired({
      match: { ...match, id: 'match-2', score: { red: 0, blue: 0 }, winner: null },
    });

    const view = await viewUntil(started, (v) => v.match?.id === 'match-2', 'the new match');
    await cloud.until(() => started.bridge.view().match?.winner === undefined, 'the winner gone');
    expect(view.phase).toBe('PLAYING');
    await cloud.until(() => reportedMatch().id === 'match-2', 'report');
    await cloud.until(() => !('winner' in reportedMatch()), 'winner removed from reported');
  });

  it('fetches the whole document again when a delta skips versions', async () => {
    cloud.desired = { match };
    const started = await table();
    await viewUntil(started, (v) => v.phase === 'PLAYING', 'the match');
    const getsBefore = cloud.messagesOn('/shadow/get').length;

    // The table missed one change (blue scored) and sees only the next one.
    cloud.desired = { match: { ...match, score: { red: 2, blue: 2 } } };
    await cloud.writeDesired({ match: { score: { red: 3 } } }, { skipVersions: 1 });

    await cloud.until(() => cloud.messagesOn('/shadow/get').length > getsBefore, 'a new get');
    const view = await viewUntil(started, (v) => v.match?.score.blue === 2, 'the missed change');
    expect(view.match?.score).toEqual({ red: 3, blue: 2 });
  });
});

describe('the presence keys of the shadow', () => {
  it('leaves connected, connectedAt and disconnectedAt alone: the presence rule writes them, not the table', async () => {
    // Prepare: the rule wrote presence before the table's first report
    cloud.reported = {
      connected: true,
      connectedAt: 1000,
      disconnectedAt: 900,
      sensors: { red: 'ok', blue: 'ok' },
    };
    cloud.desired = { match };

    // Act
    await table();
    await cloud.until(() => reportedMatch().id === 'match-1', 'the match reported');

    // Assess
    expect(lastReported()).toMatchObject({ connected: true, connectedAt: 1000, disconnectedAt: 900 });
    const updates = JSON.stringify(cloud.messagesOn('/shadow/update'));
    expect(updates).not.toMatch(/connected/i);
  });
});

describe('goals from the sensors', () => {
  async function playing(): Promise<TestTable> {
    cloud.desired = { match };
    const started = await table();
    await viewUntil(started, (v) => v.phase === 'PLAYING', 'the match');
    return started;
  }

  it('publishes one goal event in the contract shape, for the team credited, and shows it at once', async () => {
    // Prepare
    const started = await playing();

    // Act: a ball in blue's goal is a goal for red
    started.sensors.fire('blue');

    // Assess
    expect(started.bridge.view().match?.score).toEqual({ red: 3, blue: 1 });
    expect(started.bridge.view().notice).toBe('GOAL for RED!');
    await cloud.until(() => cloud.goals().length === 1, 'the goal event');
    const goal = cloud.goals()[0];
    expect(goal).toEqual({
      eventId: expect.any(String),
      matchId: 'match-1',
      team: 'red',
      at: started.clock.time,
      seq: 1,
    });
    await cloud.until(() => started.bridge.pendingGoals() === 0, 'the outbox to empty');
    expect(await readdir(started.outboxDir)).toEqual([SEQ_FILE]);
  });

  it('lets the shadow correct the optimistic score once the confirm window has passed', async () => {
    const started = await playing();
    started.bridge.fireGoal('blue');
    expect(started.bridge.view().match?.score.blue).toBe(2);

    // The backend did not count it (e.g. a voice undo at the same moment).
    started.clock.advance(CONFIRM_WINDOW_MS);
    await cloud.writeDesired({ match: { score: { red: 2, blue: 1 }, status: 'in_progress' } });

    await viewUntil(started, (v) => v.match?.score.blue === 1, 'the corrected score');
  });

  it('drops the optimistic goal at once when the match is paused', async () => {
    const started = await playing();
    started.bridge.fireGoal('blue');

    await cloud.writeDesired({ match: { status: 'paused' } });

    await viewUntil(started, (v) => v.phase === 'PAUSED' && v.match?.score.blue === 1, 'the paused score');
  });

  it('keeps a goal on the display while an update that does not count it yet arrives (no flicker)', async () => {
    // Prepare: two quick goals for red; the shadow then confirms the first one only.
    const started = await playing();
    const shown: number[] = [];
    started.bridge.on('view', (view) => shown.push(view.match?.score.red ?? -1));
    started.bridge.fireGoal('red');
    started.clock.advance(1600);
    started.bridge.fireGoal('red');
    expect(started.bridge.view().match?.score.red).toBe(4);

    // Act
    await cloud.writeDesired({ match: { score: { red: 3 } }, revision: 2 });
    await cloud.until(() => reportedMatch().score !== undefined && cloud.reported.revision === 2, 'report');
    await cloud.writeDesired({ match: { score: { red: 4 } }, revision: 3 });
    await cloud.until(() => cloud.reported.revision === 3, 'the second goal confirmed');

    // Assess: the score never went back to 3 on the display.
    expect(shown.filter((red) => red >= 0 && red < 4).slice(shown.indexOf(4))).toEqual([]);
    expect(started.bridge.view().match?.score.red).toBe(4);
  });

  it('ignores a delta older than the revision it shows, and reports the revision it shows', async () => {
    cloud.desired = { match, revision: 7 };
    const started = await table();
    await viewUntil(started, (v) => v.phase === 'PLAYING', 'the match');
    await cloud.until(() => cloud.reported.revision === 7, 'the revision reported');

    // A late delivery of the state before the last goal.
    await cloud.writeDesired({ match: { score: { red: 1 } }, revision: 6 });
    await cloud.writeDesired({ match: { score: { blue: 2 } }, revision: 8 });

    await viewUntil(started, (v) => v.match?.score.blue === 2, 'the newer state');
    expect(started.bridge.view().match?.score.red).toBe(2);
    await cloud.until(() => cloud.reported.revision === 8, 'the newer revision reported');
  });

  it('counts a ball bouncing in the goal once', async () => {
    // Prepare
    const started = await playing();
    const at = started.clock.time;

    // Act: three cuts within 1.5 s in red's goal, then a goal in blue's goal as a marker
    started.sensors.fire('red', at);
    started.sensors.fire('red', at + 300);
    started.sensors.fire('red', at + 900);
    started.clock.advance(1000);
    started.sensors.fire('blue');

    // Assess
    expect(started.bridge.view().match?.score).toEqual({ red: 3, blue: 2 });
    await cloud.until(
      () => cloud.goals().length >= 2 && started.bridge.pendingGoals() === 0,
      'both goals sent',
    );
    // The ball in red's goal counts for blue, and was scored first.
    expect(cloud.goals().map((goal) => [goal.team, goal.seq])).toEqual([
      ['blue', 1],
      ['red', 2],
    ]);
  });

  it('does not send a goal while the match is paused, nor when no match runs', async () => {
    // Prepare
    const started = await playing();
    await cloud.writeDesired({ match: { status: 'paused' } });
    await viewUntil(started, (v) => v.phase === 'PAUSED', 'the pause');

    // Act
    started.bridge.fireGoal('red');
    const pausedNotice = started.bridge.view().notice;
    await cloud.writeDesired({ match: null });
    await viewUntil(started, (v) => v.phase === 'WAITING', 'no match');
    started.clock.advance(2000);
    started.bridge.fireGoal('red');
    const waitingNotice = started.bridge.view().notice;
    await cloud.writeDesired({ match });
    await viewUntil(started, (v) => v.phase === 'PLAYING', 'a new match');
    started.clock.advance(2000);
    started.bridge.fireGoal('blue');

    // Assess
    await cloud.until(() => cloud.goals().length > 0, 'the marker goal');
    expect(cloud.goals()).toEqual([expect.objectContaining({ team: 'blue' })]);
    expect(pausedNotice).toBe('Match paused: goal not counted');
    expect(waitingNotice).toBe('No match running: goal not counted');
  });
});

describe('the outbox', () => {
  async function playing(outboxDir?: string, ackTimeoutMs?: number): Promise<TestTable> {
    cloud.desired = { match };
    const started = await table(outboxDir, ackTimeoutMs);
    await viewUntil(started, (v) => v.phase === 'PLAYING', 'the match');
    return started;
  }

  /** Goals for these teams, each past the previous one's debounce. */
  function score(started: TestTable, teams: ('red' | 'blue')[]): void {
    for (const team of teams) {
      started.bridge.fireGoal(team);
      started.clock.advance(2000);
    }
  }

  function publishedAtBroker(): Pick<GoalEvent, 'eventId' | 'seq'>[] {
    return broker.goalPublishes.map(({ json }) => {
      const { eventId, seq } = goalEventSchema.parse(json);
      return { eventId, seq };
    });
  }

  function teamsAndSeqs(goals: GoalEvent[]): [string, number | undefined][] {
    return goals.map((goal) => [goal.team, goal.seq]);
  }

  it('numbers goals with a seq that keeps increasing across a restart on the same outbox', async () => {
    // Prepare: two goals sent and acknowledged, so no goal file is left to tell their seqs
    const first = await playing();
    score(first, ['red', 'blue']);
    await cloud.until(() => cloud.goals().length === 2 && first.bridge.pendingGoals() === 0, 'both goals');
    await stopTable(first);
    expect(await readdir(first.outboxDir)).toEqual([SEQ_FILE]);

    // Act
    const second = await playing(first.outboxDir);
    score(second, ['red']);

    // Assess
    await cloud.until(() => cloud.goals().length === 3, 'the goal after the restart');
    expect(teamsAndSeqs(cloud.goals())).toEqual([
      ['red', 1],
      ['blue', 2],
      ['red', 3],
    ]);
  });

  it('sends the backlog of an outage one goal at a time, in seq order', async () => {
    // Prepare: a slow broker, so that a second goal sent without waiting would overlap the first
    const started = await playing();
    broker.goalAckDelayMs = 100;
    broker.outage();
    await viewUntil(started, (v) => v.connection === 'offline', 'offline');
    score(started, ['red', 'blue', 'red', 'red', 'blue']);
    await cloud.until(() => started.bridge.pendingGoals() === 5, 'the backlog stored');

    // Act
    broker.restore();

    // Assess
    // The broker acknowledges a goal before it delivers it: wait for both.
    await cloud.until(
      () => started.bridge.pendingGoals() === 0 && cloud.goals().length === 5,
      'the backlog sent',
    );
    expect(teamsAndSeqs(cloud.goals())).toEqual([
      ['red', 1],
      ['blue', 2],
      ['red', 3],
      ['red', 4],
      ['blue', 5],
    ]);
    expect(publishedAtBroker().map((goal) => goal.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(broker.goalPublishes.map((publish) => publish.awaitingAck)).toEqual([1, 1, 1, 1, 1]);
  });

  it('holds the next goal back until the PUBACK, and re-sends a goal without one (same eventId and seq)', async () => {
    // Prepare: the broker takes the first goal and never answers
    broker.holdGoals = true;
    const started = await playing(undefined, 1500);
    score(started, ['red']);
    await cloud.until(() => broker.goalPublishes.length === 1, 'the first goal at the broker');
    score(started, ['blue']);
    await cloud.until(() => started.bridge.pendingGoals() === 2, 'the second goal stored');
    // Far longer than publishing the second goal takes, yet within the PUBACK timeout.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(publishedAtBroker().map((goal) => goal.seq)).toEqual([1]);

    // Act: the broker answers again; the bridge gives up on the first PUBACK and reconnects
    broker.holdGoals = false;

    // Assess
    await cloud.until(
      () => started.bridge.pendingGoals() === 0 && cloud.goals().length === 2,
      'both goals acknowledged and delivered',
    );
    const [red, blue] = cloud.goals();
    expect(teamsAndSeqs(cloud.goals())).toEqual([
      ['red', 1],
      ['blue', 2],
    ]);
    expect(publishedAtBroker()).toEqual([
      { eventId: red?.eventId, seq: 1 },
      { eventId: red?.eventId, seq: 1 },
      { eventId: blue?.eventId, seq: 2 },
    ]);
    expect(broker.goalPublishes.map((publish) => publish.awaitingAck)).toEqual([1, 1, 1]);
  });

  async function storedEventIds(dir: string): Promise<string[]> {
    const names = (await readdir(dir)).filter((name) => name.endsWith('.goal.json'));
    const ids: string[] = [];
    for (const name of names)
      ids.push(goalEventSchema.parse(JSON.parse(await readFile(join(dir, name), 'utf8'))).eventId);
    return ids;
  }

  it('keeps a goal scored during a broker outage and sends it, same eventId, once back', async () => {
    // Prepare
    const started = await playing();
    broker.outage();
    await viewUntil(started, (v) => v.connection === 'offline', 'offline');

    // Act
    started.bridge.fireGoal('red');
    await cloud.until(() => started.bridge.pendingGoals() === 1, 'the goal stored');
    const [stored] = await storedEventIds(started.outboxDir);
    expect(started.bridge.view().pendingGoals).toBe(1);
    broker.restore();

    // Assess
    await cloud.until(() => cloud.goals().length > 0, 'the goal after the outage');
    expect(cloud.goals()[0]).toMatchObject({ eventId: stored, team: 'red', matchId: 'match-1' });
    await cloud.until(() => started.bridge.pendingGoals() === 0, 'the outbox to empty');
  });

  it('sends a goal stored just before a crash, before it was ever published', async () => {
    // Prepare: the previous run wrote the goal durably and died before publishing it
    const dir = await mkdtemp(join(tmpdir(), 'bridge-test-'));
    const stored = goalScored('match-1', 'red', 1_700_000_000_000);
    await (await FileOutbox.open(dir, silentLog)).add(stored);

    // Act
    const started = await playing(dir);

    // Assess
    await cloud.until(() => cloud.goals().length > 0, 'the stored goal');
    expect(cloud.goals()).toEqual([{ ...stored, seq: 1 }]);
    await cloud.until(() => started.bridge.pendingGoals() === 0, 'the outbox to empty');
  });

  it('re-sends a goal the broker never acknowledged after a restart on the same outbox', async () => {
    // Prepare: the broker takes the goal but never answers
    broker.holdGoals = true;
    const first = await playing();
    first.bridge.fireGoal('blue');
    await cloud.until(() => first.bridge.pendingGoals() === 1, 'the goal stored');
    const [stored] = await storedEventIds(first.outboxDir);
    await stopTable(first);

    // Act
    broker.holdGoals = false;
    const second = await playing(first.outboxDir);

    // Assess
    await cloud.until(() => cloud.goals().length > 0, 'the re-sent goal');
    expect(cloud.goals()).toEqual([expect.objectContaining({ eventId: stored, team: 'blue' })]);
    await cloud.until(() => second.bridge.pendingGoals() === 0, 'the outbox to empty');
    expect(await readdir(first.outboxDir)).toEqual([SEQ_FILE]);
  });
});

describe('sensor health and pairing', () => {
  it('reports a blocked sensor and a noisy one in the shadow', async () => {
    // Prepare
    const started = await table();
    await cloud.until(() => lastReported().sensors !== undefined, 'a first report');

    // Act: red's beam stays cut; blue's flickers
    started.sensors.cut('red');
    started.clock.advance(6000);
    const at = started.clock.time;
    for (const offset of [0, 100, 200, 300]) started.sensors.fire('blue', at + offset);

    // Assess
    await cloud.until(
      () => JSON.stringify(lastReported().sensors) === JSON.stringify({ red: 'blocked', blue: 'noisy' }),
      'both sensors reported',
    );
    expect(started.bridge.view().sensors).toEqual({ red: 'blocked', blue: 'noisy' });
  });

  it('asks for a pairing code at start, shows and reports it, and asks again when it expired', async () => {
    // Prepare
    const started = await table();
    await cloud.until(() => cloud.messagesOn('/events/pairing').length === 1, 'a pairing request');
    expect(cloud.messagesOn('/events/pairing')[0]).toEqual({
      eventId: expect.any(String),
      at: started.clock.time,
    });

    // Act
    const pairing = { code: '4712', expiresAt: started.clock.time + 60_000 };
    await cloud.writeDesired({ pairing });

    // Assess
    await viewUntil(started, (v) => v.pairing?.code === '4712', 'the code');
    await cloud.until(
      () => JSON.stringify(lastReported().pairing) === JSON.stringify(pairing),
      'the code reported',
    );
    started.clock.advance(61_000);
    await cloud.until(() => cloud.messagesOn('/events/pairing').length === 2, 'a new request');
    await viewUntil(started, (v) => v.pairing === undefined, 'the code hidden');
    await cloud.until(() => lastReported().pairing === undefined, 'the code removed from reported');
  });

  it('hides a code the backend cleared once an Echo used it, and asks for no other', async () => {
    const started = await table();
    await cloud.until(() => cloud.messagesOn('/events/pairing').length === 1, 'a pairing request');
    await cloud.writeDesired({ pairing: { code: '4712', expiresAt: started.clock.time + 60_000 } });
    await cloud.until(() => lastReported().pairing !== undefined, 'the code reported');

    await cloud.writeDesired({ pairing: null });

    await viewUntil(started, (v) => v.pairing === undefined, 'the code hidden');
    await cloud.until(() => lastReported().pairing === undefined, 'the code removed from reported');
    expect(cloud.messagesOn('/events/pairing')).toHaveLength(1);
  });

  it('reports the sensors unavailable while their driver is down, ok once back, and says when it gave up', async () => {
    // Prepare
    const started = await table();
    const lost: string[] = [];
    started.bridge.on('sensorsLost', (reason) => lost.push(reason));
    await cloud.until(() => lastReported().sensors !== undefined, 'a first report');

    // Act: the watcher of both goals dies, comes back, then dies for good
    started.sensors.fault({ goals: ['red', 'blue'], state: 'lost', reason: 'gpiomon exited (code 1)' });
    await cloud.until(
      () =>
        JSON.stringify(lastReported().sensors) ===
        JSON.stringify({ red: 'unavailable', blue: 'unavailable' }),
      'both sensors unavailable',
    );
    started.sensors.fault({ goals: ['red', 'blue'], state: 'back', reason: 'gpiomon restarted' });
    await cloud.until(
      () => JSON.stringify(lastReported().sensors) === JSON.stringify({ red: 'ok', blue: 'ok' }),
      'both sensors ok again',
    );
    started.sensors.fault({ goals: ['blue'], state: 'gave-up', reason: 'gpiomon exited, after 3 restarts' });

    // Assess
    await cloud.until(
      () => JSON.stringify(lastReported().sensors) === JSON.stringify({ red: 'ok', blue: 'unavailable' }),
      'blue unavailable',
    );
    expect(started.bridge.view().sensors).toEqual({ red: 'ok', blue: 'unavailable' });
    expect(lost).toEqual(['gpiomon exited, after 3 restarts']);
  });
});
