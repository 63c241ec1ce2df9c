import type { IClientOptions } from 'mqtt';
import { type BridgeConfig, brokerPort } from '../config';

/** TLS material for IoT Core, read from the config's paths. */
export interface TlsFiles {
  ca: Buffer;
  cert: Buffer;
  key: Buffer;
}

/** IoT Core serves MQTT with a client certificate on 443 to clients that ask for this ALPN protocol. */
export const IOT_CORE_MQTT_ALPN = 'x-amzn-mqtt-ca';

/**
 * MQTT.js options for the table: MQTT 3.1.1, client id = thing name (IoT policies allow
 * `iot:Connect` on `client/${iot:Connection.Thing.ThingName}`), TLS client certificate for
 * an `mqtts://` endpoint, with ALPN on port 443. Reconnection is driven by the bridge
 * (with backoff), not MQTT.js.
 */
export function clientOptions(config: BridgeConfig, tls?: TlsFiles): IClientOptions {
  const port = brokerPort(config);
  const options: IClientOptions = {
    port,
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
    const alpn = port === 443 ? { ALPNProtocols: [IOT_CORE_MQTT_ALPN] } : {};
    return { ...options, ...alpn, ca: tls.ca, cert: tls.cert, key: tls.key, rejectUnauthorized: true };
  }
  return options;
}
