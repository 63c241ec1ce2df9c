import { describe, expect, it } from 'vitest';
import { speechText } from './speech';
import {
  assertResponseSize,
  assertValidSpeech,
  InvalidSpeechError,
  MAX_RESPONSE_BYTES,
  ResponseTooLargeError,
} from './ssml';

describe('assertValidSpeech', () => {
  it.each([
    '<speak>Bonjour</speak>',
    '<speak>But pour Tom &amp; &lt;Jerry&gt; !</speak>',
    '<speak>Score: <say-as interpret-as="cardinal">10</say-as> à 8<break time="500ms"/></speak>',
    '<speak><amazon:emotion name="excited" intensity="medium">But !</amazon:emotion></speak>',
    "<speak><lang xml:lang='fr-FR'>baby-foot</lang> &#233;quipe</speak>",
    '  <speak>espaces autour</speak>\n',
  ])('accepts %s', (ssml) => {
    expect(() => assertValidSpeech(ssml)).not.toThrow();
  });

  it.each([
    ['But pour Alice', 'does not start with <speak>'],
    ['<speak>But pour Tom & <Jerry></speak>', 'bare "&"'],
    ['<speak>But pour Tom &amp; <Jerry></speak>', '<Jerry> is not an Alexa SSML tag'],
    ['<speak>Score <b>10</b></speak>', '<b> is not an Alexa SSML tag'],
    ['<speak><p>Bonjour</speak>', '</speak> closes no open <speak>'],
    ['<speak>Bonjour', 'never closed'],
    ['<speak>a</speak><speak>b</speak>', 'after </speak>'],
    ['<speak>1 < 2</speak>', 'malformed tag'],
    ['<speak><break time=500ms/></speak>', 'malformed attributes'],
    [`<speak>${'a'.repeat(8001)}</speak>`, 'longer than 8000'],
  ])('refuses %s', (ssml, reason) => {
    expect(() => assertValidSpeech(ssml)).toThrow(InvalidSpeechError);
    expect(() => assertValidSpeech(ssml)).toThrow(reason);
  });
});

describe('speechText', () => {
  it('drops tags and decodes entities', () => {
    expect(
      speechText(
        '<speak>But pour <emphasis>Tom &amp; &lt;Jerry&gt;</emphasis> !<break time="1s"/> 3 à 2.</speak>',
      ),
    ).toBe('But pour Tom & <Jerry> ! 3 à 2.');
  });
});

describe('assertResponseSize', () => {
  it('returns the size of a small response', () => {
    expect(assertResponseSize({ version: '1.0', response: {} })).toBe(31);
  });

  it('refuses a response over 24 KB', () => {
    const response = {
      version: '1.0',
      sessionAttributes: { history: 'é'.repeat(MAX_RESPONSE_BYTES / 2) },
      response: {},
    };
    expect(() => assertResponseSize(response)).toThrow(ResponseTooLargeError);
  });
});
