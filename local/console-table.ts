import { join } from 'node:path';
import { type Bridge, startBridge } from '../device-bridge/src/bridge';
import { parseBridgeConfig } from '../device-bridge/src/config';
import { renderStatusLine } from '../device-bridge/src/display/scoreboard';
import type { TableView } from '../device-bridge/src/display/table-view';
import type { BridgeLog } from '../device-bridge/src/log';

/**
 * The simulated table beside the console: the real device bridge with simulated goal sensors,
 * on the local broker, with its scoreboard shown as one status line whenever it changes.
 */
export class ConsoleTable {
  private bridge: Bridge | undefined;
  private lastLine = '';

  constructor(
    private readonly options: { thingName: string; mqttUrl: string; dataDir: string; log: BridgeLog },
    private readonly print: (line: string) => void,
  ) {}

  async start(): Promise<void> {
    if (this.bridge) return;
    const config = parseBridgeConfig({
      thingName: this.options.thingName,
      endpoint: this.options.mqttUrl,
      outboxDir: join(this.options.dataDir, 'outbox'),
      sensors: { driver: 'simulated' },
    });
    this.bridge = await startBridge(config, {
      log: this.options.log,
      display: { show: (view) => this.show(renderStatusLine(view)) },
    });
  }

  /** Stops the bridge as a crash would leave it: goals not yet acknowledged stay in its outbox. */
  async stop(): Promise<void> {
    const bridge = this.bridge;
    this.bridge = undefined;
    await bridge?.stop();
    this.print('Table: stopped (its outbox is kept; :table start to restart it)');
  }

  /** A ball for `team`, as the goal sensor crediting that team would see it. */
  goal(team: 'red' | 'blue'): void {
    if (this.bridge) this.bridge.fireGoal(team);
    else this.print('Table: stopped. Say :table start first.');
  }

  /**
   * The pairing code the table shows. The table asks for one when it starts and when its code
   * expires; when it shows none (used, or not arrived yet), this asks for one, as the table's
   * `p` key does, and waits until the backend put it on the table (undefined after `timeoutMs`).
   * Asking while a code is shown would only make that code stop working.
   */
  async pair(timeoutMs = 5000): Promise<string | undefined> {
    const bridge = this.bridge;
    if (!bridge) {
      this.print('Table: stopped. Say :table start first.');
      return undefined;
    }
    const before = bridge.view().pairing;
    if (before) return before.code;
    const shown = new Promise<string | undefined>((resolve) => {
      const done = (code: string | undefined) => {
        clearTimeout(timer);
        bridge.off('view', onView);
        resolve(code);
      };
      const onView = (view: TableView) => {
        if (view.pairing) done(view.pairing.code);
      };
      const timer = setTimeout(() => done(undefined), timeoutMs);
      bridge.on('view', onView);
    });
    bridge.requestPairing();
    return shown;
  }

  status(): string {
    if (!this.bridge) return 'Table: stopped';
    return `Table: ${renderStatusLine(this.bridge.view())} (goals waiting in the outbox: ${this.bridge.pendingGoals()})`;
  }

  private show(line: string): void {
    if (line === this.lastLine) return;
    this.lastLine = line;
    this.print(`Table: ${line}`);
  }
}
