import { getSupportedInterfaces, getViewportProfile } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { describe, expect, it } from 'vitest';
import { SimulatedEchoDevice } from './device';
import { ECHO_SCREENS, type EchoScreen } from './screens';

function deviceWith(screen: EchoScreen | undefined) {
  const received: RequestEnvelope[] = [];
  const device = new SimulatedEchoDevice({
    locale: 'en-US',
    skillId: 'amzn1.ask.skill.babyfoot-test',
    userId: 'amzn1.ask.account.alice',
    deviceId: 'amzn1.ask.device.kitchen',
    screen,
    invoke: async (envelope) => {
      received.push(envelope);
      return { version: '1.0', response: { outputSpeech: { type: 'PlainText', text: 'OK' } } };
    },
  });
  return { device, received };
}

describe('a simulated Echo with a screen', () => {
  it('declares APL and sends its viewport, as the ASK SDK reads them', async () => {
    // Prepare
    const { device, received } = deviceWith(ECHO_SCREENS.show8);

    // Act
    await device.say("ask baby foot what's the score");

    // Assess
    const [envelope] = received;
    if (!envelope) throw new Error('no request sent');
    expect(getSupportedInterfaces(envelope)['Alexa.Presentation.APL']).toEqual({
      runtime: { maxVersion: '2024.3' },
    });
    expect(envelope.context.Viewport).toMatchObject({ shape: 'RECTANGLE', pixelWidth: 960, dpi: 160 });
    expect(getViewportProfile(envelope)).toBe('HUB-LANDSCAPE-MEDIUM');
  });

  it.each([
    ['spot', 'HUB-ROUND-SMALL'],
    ['show5', 'HUB-LANDSCAPE-SMALL'],
    ['show10', 'HUB-LANDSCAPE-LARGE'],
    ['fireTv', 'TV-LANDSCAPE-XLARGE'],
  ] as const)('reports the %s screen as the %s profile', async (name, profile) => {
    const { device, received } = deviceWith(ECHO_SCREENS[name]);

    await device.say("ask baby foot what's the score");

    const [envelope] = received;
    if (!envelope) throw new Error('no request sent');
    expect(getViewportProfile(envelope)).toBe(profile);
  });

  it('stays a voice-only Echo without one: no APL, no viewport', async () => {
    const { device, received } = deviceWith(undefined);

    await device.say("ask baby foot what's the score");

    const [envelope] = received;
    if (!envelope) throw new Error('no request sent');
    expect(getSupportedInterfaces(envelope)).toEqual({});
    expect(envelope.context.Viewport).toBeUndefined();
  });
});
