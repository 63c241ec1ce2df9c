import { escapeSsml } from '../skill/speech/ssml';

/** A code read digit by digit ("four seven one two", not "four thousand…"). */
export function spokenPairingCode(code: string): string {
  return `<say-as interpret-as="digits">${escapeSsml(code)}</say-as>`;
}

/** A thing name as words: "babyfoot-office-1" is read "babyfoot office 1". */
export function spokenTableName(thingName: string): string {
  return escapeSsml(thingName.replace(/[-_:]+/g, ' ').trim());
}
