/** Alexa's SSML tags (SSML reference for Alexa skills). */
export const ALEXA_SSML_TAGS = new Set([
  'speak',
  'p',
  's',
  'break',
  'emphasis',
  'lang',
  'phoneme',
  'prosody',
  'say-as',
  'sub',
  'w',
  'voice',
  'audio',
  'amazon:effect',
  'amazon:emotion',
  'amazon:domain',
  'amazon:auto-breaths',
  'amazon:breath',
  'alexa:name',
]);

/** Alexa refuses a response larger than 24 kilobytes. */
export const MAX_RESPONSE_BYTES = 24 * 1024;
/** Alexa speaks at most 8,000 characters of output speech. */
export const MAX_SPEECH_CHARACTERS = 8000;

/** Speech Alexa would refuse to say: not well-formed `<speak>` SSML, or a tag Alexa does not know. */
export class InvalidSpeechError extends Error {
  constructor(
    message: string,
    readonly ssml: string,
  ) {
    super(`${message}: ${ssml.length > 200 ? `${ssml.slice(0, 200)}…` : ssml}`);
    this.name = 'InvalidSpeechError';
  }
}

/** A response over Alexa's size limit. */
export class ResponseTooLargeError extends Error {
  constructor(readonly bytes: number) {
    super(`the response is ${bytes} bytes, over Alexa's ${MAX_RESPONSE_BYTES}`);
    this.name = 'ResponseTooLargeError';
  }
}

const ENTITY = /^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/;
const NAME = /^[A-Za-z][\w:-]*/;

function checkCharacterData(text: string, ssml: string): void {
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    if (!ENTITY.test(text.slice(at)))
      throw new InvalidSpeechError(`a bare "&" at "${text.slice(at, at + 12)}"`, ssml);
  }
}

function checkAttributes(source: string, ssml: string): void {
  let rest = source.trim();
  while (rest.length > 0) {
    const attribute = /^([A-Za-z][\w:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')\s*/.exec(rest);
    if (!attribute) throw new InvalidSpeechError(`malformed attributes "${source.trim()}"`, ssml);
    checkCharacterData(attribute[3] ?? attribute[4] ?? '', ssml);
    rest = rest.slice(attribute[0].length);
  }
}

/**
 * Throws unless `ssml` is one well-formed `<speak>` element using only Alexa's SSML tags, within
 * the spoken length limit. Proves that text from users (a player called `Tom & <Jerry>`) was
 * escaped before it went into the speech.
 */
export function assertValidSpeech(ssml: string): void {
  const text = ssml.trim();
  if (text.length > MAX_SPEECH_CHARACTERS)
    throw new InvalidSpeechError(`longer than ${MAX_SPEECH_CHARACTERS} characters`, ssml);
  if (!text.startsWith('<speak>') && !text.startsWith('<speak '))
    throw new InvalidSpeechError('does not start with <speak>', ssml);
  const open: string[] = [];
  let position = 0;
  let closedRoot = false;
  while (position < text.length) {
    const lt = text.indexOf('<', position);
    const characters = text.slice(position, lt < 0 ? text.length : lt);
    if (closedRoot && characters.trim().length > 0) throw new InvalidSpeechError('text after </speak>', ssml);
    checkCharacterData(characters, ssml);
    if (lt < 0) break;
    const gt = text.indexOf('>', lt);
    if (gt < 0) throw new InvalidSpeechError('a "<" that opens no tag', ssml);
    const tag = text.slice(lt + 1, gt);
    position = gt + 1;
    if (closedRoot) throw new InvalidSpeechError('a tag after </speak>', ssml);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      if (open.pop() !== name) throw new InvalidSpeechError(`</${name}> closes no open <${name}>`, ssml);
      if (open.length === 0) closedRoot = true;
      continue;
    }
    const selfClosing = tag.endsWith('/');
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = NAME.exec(body)?.[0];
    if (!name || body.includes('<')) throw new InvalidSpeechError(`malformed tag <${tag}>`, ssml);
    if (!ALEXA_SSML_TAGS.has(name)) throw new InvalidSpeechError(`<${name}> is not an Alexa SSML tag`, ssml);
    if (name === 'speak' ? open.length > 0 : open.length === 0)
      throw new InvalidSpeechError(`<${name}> out of place`, ssml);
    checkAttributes(body.slice(name.length), ssml);
    if (!selfClosing) open.push(name);
  }
  if (open.length > 0 || !closedRoot)
    throw new InvalidSpeechError(`<${open.at(-1) ?? 'speak'}> is never closed`, ssml);
}

/** Throws when a response envelope, as JSON, is over Alexa's 24 KB limit. Returns its size. */
export function assertResponseSize(response: unknown): number {
  const bytes = Buffer.byteLength(JSON.stringify(response) ?? '', 'utf8');
  if (bytes > MAX_RESPONSE_BYTES) throw new ResponseTooLargeError(bytes);
  return bytes;
}
