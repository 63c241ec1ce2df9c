import type { IClientOptions } from 'mqtt';
import type { BridgeConfig } from '../config';

/** TLS material for IoT Core, read from the config's paths. */
export interface TlsFiles {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}

/**
 * MQTT.js options for the table: MQTT 3.1.1, client id = thing name (IoT policies allow
 * `iot:Connect` on `client/${iot:Connection.Thing.ThingName}`), TLS client certificate for
 * an `mqtts://` endpoint. Reconnection is driven by the bridge (with backoff), not MQTT.js.
 */
export function clientOptions(config: BridgeConfig, tls?: TlsFiles): IClientOptions {
  const options: IClientOptions = {
    clientId: config.thingName,
    protocolVersion: 4,
    clean: true,
    keepalive: 30,
    connectTimeout: 10_000,
    reconnectPeriod: 0,
    resubscribe: false,
  };
  if (config.endpoint.startsWith('mqtts://')) {
    if (!tls) throw new Error('an mqtts:// endpoint needs the CA, certificate and key');
    return { ...options, ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: true };
  }
  return options;
}
