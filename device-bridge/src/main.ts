import { parseArgs } from 'node:util';
import { type Bridge, startBridge } from './bridge';
import { BridgeConfigError, loadBridgeConfig } from './config';
import type { Display } from './display/display';
import { boardUrlFromEnv } from './display/qr-lines';
import { renderStatusLine } from './display/scoreboard';
import { readKeys, TtyDisplay } from './display/tty-display';
import { type BridgeLog, jsonLinesLog } from './log';
import { GpioUnavailableError } from './sensors/gpio-sensor';
import { bridgeVersion } from './version';

const LOG_LINES_SHOWN = 4;
/** Exit code when the goal sensors' driver gave up (systemd's Restart=on-failure starts the bridge again). */
const EXIT_SENSORS_LOST = 1;
const REPORT_GRACE_MS = 5000;
/** Exit code when the endpoint keeps refusing the connection: systemd retries a few times, then shows it failed. */
const EXIT_REFUSED = 3;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      config: { type: 'string', short: 'c' },
      check: { type: 'boolean', default: false },
      version: { type: 'boolean', default: false },
    },
  });
  if (values.version) {
    process.stdout.write(`${bridgeVersion}\n`);
    return;
  }
  if (!values.config) {
    process.stderr.write('usage: babyfoot-bridge [--check] --config <path to bridge.json>\n');
    process.exitCode = 2;
    return;
  }
  const config = await loadBridgeConfig(values.config);
  if (values.check) {
    process.stdout.write(`${values.config}: ok (${config.thingName} on ${config.endpoint})\n`);
    return;
  }
  const { display, log } = process.stdout.isTTY ? terminalOutput() : pipeOutput();
  const bridge = await startBridge(config, { display, log });
  display.show(bridge.view());

  let stopping = false;
  const stop = async (why: string, exitCode = 0) => {
    if (stopping) return;
    stopping = true;
    stopKeys();
    log.info('stopping', { why, pendingGoals: bridge.pendingGoals() });
    await bridge.stop();
    process.exit(exitCode);
  };
  const stopKeys = readKeys(process.stdin, (key) => onKey(bridge, key, () => void stop('key q')));
  bridge.on('sensorsLost', (reason) => {
    log.error('goal sensors unavailable, exiting for systemd to restart the bridge', { reason });
    // The backend should read `unavailable` before the connection closes (bounded: it may be offline).
    bridge
      .reportDelivered(REPORT_GRACE_MS)
      .then(() => stop(`goal sensors lost: ${reason}`, EXIT_SENSORS_LOST));
  });
  bridge.on('connectionRefused', (reason) => {
    process.stderr.write(
      `${config.endpoint} refuses the connection of ${config.thingName}: ${reason}. Check that the certificate is active and attached to the thing, and that its policy allows iot:Connect on client/${config.thingName}. Goals waiting in the outbox are kept.\n`,
    );
    void stop(`connection refused: ${reason}`, EXIT_REFUSED);
  });
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

function onKey(bridge: Bridge, key: string, quit: () => void): void {
  if (key === 'r') bridge.fireGoal('red');
  else if (key === 'b') bridge.fireGoal('blue');
  else if (key === 'p') bridge.requestPairing();
  else if (key === 'q') quit();
}

/** A redrawn scoreboard, with the last log lines under it instead of scrolling it away. */
function terminalOutput(): { display: Display; log: BridgeLog } {
  const recent: string[] = [];
  const display = new TtyDisplay(process.stdout, () => recent, boardUrlFromEnv(process.env));
  const log = jsonLinesLog((line) => {
    recent.push(line.trimEnd());
    recent.splice(0, Math.max(0, recent.length - LOG_LINES_SHOWN));
    display.redraw();
  });
  return { display, log };
}

/** Under systemd or a pipe: one status line per change on stdout, JSON logs on stderr. */
function pipeOutput(): { display: Display; log: BridgeLog } {
  let last = '';
  const display: Display = {
    show(view) {
      const line = renderStatusLine(view);
      if (line !== last) process.stdout.write(`${line}\n`);
      last = line;
    },
  };
  return { display, log: jsonLinesLog() };
}

/** Exit code 2: the setup is wrong (config, certificates, no gpiomon); restarting will not help. */
const EXIT_SETUP = 2;

main().catch((error: unknown) => {
  const setup = error instanceof BridgeConfigError || error instanceof GpioUnavailableError;
  if (setup) process.stderr.write(`${error.message}\n`);
  else
    process.stderr.write(
      `bridge failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  process.exit(setup ? EXIT_SETUP : 1);
});
