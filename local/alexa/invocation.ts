import { writtenForm } from './slot-filling';
import { phraseKeys, splitWords, type Word } from './words';

/** How words said to an Echo with no open session reach the skill. */
export type Invocation = { kind: 'launch' } | { kind: 'utterance'; utterance: string };

interface InvocationPhrases {
  launch: string[];
  /** Said before the invocation name, with a request after it. */
  ask: string[];
  /** Connecting words between the invocation name and the request. */
  connectors: string[];
  /** Connecting words before an invocation name said last ("… avec mon baby foot"). */
  trailing: string[];
  /** Elided connectors glued to the request's first word (French "d'annuler"). */
  elided: string[];
}

// Alexa's launch phrases and connecting words ("Understand How Users Invoke Custom Skills").
const phrases: Record<string, InvocationPhrases> = {
  fr: {
    launch: [
      'ouvre',
      'ouvrir',
      'lance',
      'lancer',
      'démarre',
      'démarrer',
      'commence',
      'joue à',
      'active',
      'utilise',
      'demande à',
      'parle à',
    ],
    ask: ['demande à', 'demander à', 'dis à', 'utilise', 'ouvre', 'lance'],
    connectors: ['de', 'si', 'que', 'pour', 'et'],
    trailing: ['avec', 'sur', 'dans'],
    elided: ["d'", "qu'"],
  },
  en: {
    launch: [
      'open',
      'launch',
      'start',
      'begin',
      'load',
      'run',
      'play',
      'use',
      'ask',
      'tell',
      'talk to',
      'resume',
    ],
    ask: ['ask', 'tell', 'use', 'open', 'launch', 'start'],
    connectors: ['to', 'for', 'about', 'if', 'whether', 'that', 'and'],
    trailing: ['using', 'with', 'on', 'from', 'in'],
    elided: [],
  },
};

function startsWith(keys: readonly string[], prefix: readonly string[], at = 0): boolean {
  return prefix.length > 0 && prefix.every((key, index) => keys[at + index] === key);
}

function request(words: readonly Word[], elided: readonly string[]): string {
  const [first, ...rest] = words;
  if (!first) return '';
  const glued = elided.find((prefix) => first.key.startsWith(prefix) && first.key.length > prefix.length);
  const head = glued
    ? { ...first, text: first.text.slice(glued.length), key: first.key.slice(glued.length) }
    : first;
  return writtenForm([head, ...rest]);
}

/**
 * Reads an invocation: "ouvre mon baby foot" / "open baby foot" (or the name alone) launches the
 * skill; "demande à mon baby foot de …" / "ask baby foot to …" / "… using baby foot" carries a
 * request; anything else is taken as a request on its own (name-free, one shot).
 */
export function parseInvocation(text: string, invocationName: string, language: string): Invocation {
  const rules = phrases[language] ?? phrases.en;
  let words = splitWords(text);
  if (words[0]?.key === 'alexa') words = words.slice(1);
  const keys = words.map((word) => word.key);
  const name = phraseKeys(invocationName);
  if (!rules) return { kind: 'utterance', utterance: writtenForm(words) };

  const saysOnlyName = (at: number) => keys.length === at + name.length && startsWith(keys, name, at);
  if (saysOnlyName(0)) return { kind: 'launch' };
  for (const launch of rules.launch.map(phraseKeys)) {
    if (startsWith(keys, launch) && saysOnlyName(launch.length)) return { kind: 'launch' };
  }
  for (const ask of rules.ask.map(phraseKeys)) {
    if (!startsWith(keys, ask) || !startsWith(keys, name, ask.length)) continue;
    let rest = words.slice(ask.length + name.length);
    const connector = rules.connectors.map(phraseKeys).find((candidate) =>
      startsWith(
        rest.map((w) => w.key),
        candidate,
      ),
    );
    if (connector) rest = rest.slice(connector.length);
    if (rest.length > 0) return { kind: 'utterance', utterance: request(rest, rules.elided) };
  }
  for (const trailing of rules.trailing.map(phraseKeys)) {
    const at = keys.length - name.length - trailing.length;
    if (at > 0 && startsWith(keys, trailing, at) && startsWith(keys, name, at + trailing.length)) {
      return { kind: 'utterance', utterance: writtenForm(words.slice(0, at)) };
    }
  }
  return { kind: 'utterance', utterance: writtenForm(words) };
}
