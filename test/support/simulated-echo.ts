import { randomUUID } from 'node:crypto';
import {
  assertResponseSize,
  assertValidSpeech,
  SimulatedEchoDevice,
  type SimulatedEchoDeviceOptions,
  type Turn,
} from '../../local/alexa';

/**
 * Says `text` to the device and fails the test when Alexa would refuse the answer: speech
 * that is not valid SSML, or a response over Alexa's size limit.
 */
export async function sayChecked(device: SimulatedEchoDevice, text: string): Promise<Turn> {
  const turn = await device.say(text);
  const speech = turn.response.response?.outputSpeech;
  if (speech && 'ssml' in speech && typeof speech.ssml === 'string') assertValidSpeech(speech.ssml);
  assertResponseSize(turn.response);
  return turn;
}

/** A new simulated Echo (its own device id) speaking to `options.invoke`. */
export function newEcho(options: Omit<SimulatedEchoDeviceOptions, 'deviceId'>): SimulatedEchoDevice {
  return new SimulatedEchoDevice({ ...options, deviceId: `amzn1.ask.device.${randomUUID()}` });
}
