import { describe, expect, it } from 'vitest';
import { parseBridgeConfig } from '../config';
import { clientOptions, IOT_CORE_MQTT_ALPN } from './client-options';

const tls = { ca: Buffer.from('ca'), cert: Buffer.from('cert'), key: Buffer.from('key') };
const iotCore = {
  thingName: 'babyfoot-office-1',
  endpoint: 'mqtts://a1b2c3-ats.iot.eu-west-1.amazonaws.com',
  caPath: 'ca.pem',
  certPath: 'cert.pem',
  keyPath: 'key.pem',
  outboxDir: 'outbox',
};

describe('MQTT options of the table', () => {
  it('asks IoT Core for MQTT over ALPN x-amzn-mqtt-ca on port 443', () => {
    const options = clientOptions(parseBridgeConfig({ ...iotCore, port: 443 }), tls);

    expect(options).toMatchObject({
      port: 443,
      ALPNProtocols: [IOT_CORE_MQTT_ALPN],
      rejectUnauthorized: true,
    });
    expect(IOT_CORE_MQTT_ALPN).toBe('x-amzn-mqtt-ca');
  });

  it('connects on 8883 without ALPN by default, and to a local broker on its URL port', () => {
    const iot = clientOptions(parseBridgeConfig(iotCore), tls);
    const local = clientOptions(
      parseBridgeConfig({ thingName: 't', endpoint: 'mqtt://127.0.0.1:1884', outboxDir: 'o' }),
    );

    expect(iot.port).toBe(8883);
    expect(iot.ALPNProtocols).toBeUndefined();
    expect(local.port).toBe(1884);
  });
});
