import { connect } from 'node:net';

/** IoT Core's MQTT ports for a table: 8883, or 443 with ALPN `x-amzn-mqtt-ca` where 8883 is blocked. */
export type TablePort = 8883 | 443;

/** Whether a TCP connection to `host:port` opens within `timeoutMs`. */
export type PortProbe = (host: string, port: number, timeoutMs: number) => Promise<boolean>;

export const tcpProbe: PortProbe = (host, port, timeoutMs) =>
  new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });

export interface PortChoice {
  port: TablePort;
  /** What to tell the person running table:add. */
  note: string;
}

/** `--port 443`, `--port 8883` or `--port auto` (the default). */
export function parsePortOption(value: string | undefined): TablePort | 'auto' {
  if (value === undefined || value === 'auto') return 'auto';
  if (value === '443' || value === '8883') return Number(value) as TablePort;
  throw new Error(`--port takes 443, 8883 or auto, not ${value}`);
}

/**
 * The port the table's bridge should use: the one asked for, else 8883 when it answers from
 * this computer, else 443 when that answers (an office network that blocks 8883), else 8883.
 * The probe runs here, not on the table: a table on another network may need `--port 443`.
 */
export async function choosePort(
  host: string,
  requested: TablePort | 'auto',
  probe: PortProbe = tcpProbe,
  timeoutMs = 3000,
): Promise<PortChoice> {
  if (requested !== 'auto') return { port: requested, note: `Port ${requested}, as asked.` };
  if (await probe(host, 8883, timeoutMs)) return { port: 8883, note: 'Port 8883 answers from here.' };
  if (await probe(host, 443, timeoutMs)) {
    return {
      port: 443,
      note: 'Port 8883 does not answer from here but 443 does: the bridge will use 443 (ALPN x-amzn-mqtt-ca). A table on another network may need --port 8883.',
    };
  }
  return {
    port: 8883,
    note: 'Neither 8883 nor 443 answers from here: kept 8883. If the table sits behind a network that blocks 8883, run again with --port 443.',
  };
}
