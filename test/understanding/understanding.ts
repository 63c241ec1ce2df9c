import { DEFAULT_STATS_QUESTION } from '../../lambda/src/skill/handlers/stats/stats-request';
import { readInteractionModelSource } from '../../scripts/interaction-model/read-source';
import { type CorpusPhrase, type CorpusSet, expectedIntents, readCorpus } from './corpus';
import { type Heard, type PhraseResolver, projectResolver, virtualAlexaResolver } from './resolvers';

/**
 * Intents the model splits where the corpus has one meaning: the skill treats Alexa's built-in
 * pause and resume exactly like its own intents, and a gamelle is a goal of that kind.
 */
const SAME_INTENT: Record<string, { intent: string; slots?: Record<string, string> }> = {
  'AMAZON.PauseIntent': { intent: 'PauseMatchIntent' },
  'AMAZON.ResumeIntent': { intent: 'ResumeMatchIntent' },
  GamelleIntent: { intent: 'GoalIntent', slots: { goalKind: 'gamelle' } },
};

/** Intents whose `mode` the skill reads from the number of names when Alexa cannot fill it. */
const MODE_FROM_NAMES: Record<string, { slots: string[] }> = {
  StartMatchIntent: { slots: ['redPlayerOne', 'redPlayerTwo', 'bluePlayerOne', 'bluePlayerTwo'] },
  CreateTournamentIntent: { slots: [] },
};

/**
 * Slots whose value is what the skill assumes when the slot is empty: "who has the most wins
 * this week" said with "wins" in words (no slot next to the period) means the same question.
 */
const SKILL_DEFAULTS: Record<string, string> = {
  period: DEFAULT_STATS_QUESTION.period,
  ranking: DEFAULT_STATS_QUESTION.ranking,
};
const STATS_INTENTS = new Set([
  'RankingIntent',
  'LeaderIntent',
  'PlayerRankIntent',
  'PlayerStatsIntent',
  'HeadToHeadIntent',
]);

/** How a phrase was heard by one resolver, and whether that is what the phrase means. */
export interface Hearing {
  phrase: CorpusPhrase;
  heard: Heard;
  understood: boolean;
  /** What differs, for the list of misses. */
  why?: string;
}

function folded(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();
}

/**
 * "En double, Alice et Bob contre…": Alexa cannot fill a slot right before another (the model's
 * samples say "en double" in words there), and the skill infers doubles from four names.
 */
function modeImplied(phrase: CorpusPhrase, intent: string): boolean {
  const rule = MODE_FROM_NAMES[intent];
  const expected = phrase.slots?.mode;
  if (!rule || !expected) return false;
  const names = rule.slots.filter((slot) => phrase.slots?.[slot]).length;
  return (expected === 'doubles' && names === 4) || (expected === 'singles' && names === 2);
}

/** Compares what was heard with what the phrase means: the intent, and exactly its slots. */
export function judge(phrase: CorpusPhrase, said: Heard): Hearing {
  const alias = SAME_INTENT[said.intent];
  const heard = alias ? { intent: alias.intent, slots: { ...said.slots, ...alias.slots } } : said;
  const { intent } = heard;
  if (!expectedIntents(phrase).includes(intent))
    return { phrase, heard, understood: false, why: `heard ${heard.intent}` };
  const expected = { ...(phrase.slots ?? {}) };
  if (heard.slots.mode === undefined && modeImplied(phrase, intent)) delete expected.mode;
  if (STATS_INTENTS.has(intent)) {
    for (const [slot, value] of Object.entries(SKILL_DEFAULTS))
      if (heard.slots[slot] === undefined && expected[slot] === value) delete expected[slot];
  }
  const names = new Set([...Object.keys(expected), ...Object.keys(heard.slots)]);
  const wrong = [...names].filter((name) => folded(expected[name] ?? '') !== folded(heard.slots[name] ?? ''));
  if (wrong.length === 0) return { phrase, heard, understood: true };
  const why = wrong.map((name) => `${name}: "${heard.slots[name] ?? ''}" for "${expected[name] ?? ''}"`);
  return { phrase, heard, understood: false, why: why.join(', ') };
}

/** One resolver's hearing of a whole corpus. */
export interface CorpusResult {
  locale: string;
  resolver: string;
  hearings: Hearing[];
}

export const LOCALES_BY_LANGUAGE = { fr: ['fr-FR', 'fr-CA'], en: ['en-US', 'en-GB'] } as const;

/** Resolves every phrase of a language's corpus with the console's and virtual-alexa's resolvers. */
export function hearCorpus(locale: string, set: CorpusSet = 'main'): CorpusResult[] {
  const language = locale.startsWith('fr') ? 'fr' : 'en';
  const { phrases } = readCorpus(language, set);
  const resolvers: PhraseResolver[] = [projectResolver(locale), virtualAlexaResolver(locale)];
  return resolvers.map((resolver) => ({
    locale,
    resolver: resolver.name,
    hearings: phrases.map((phrase) => judge(phrase, resolver.hear(phrase.say))),
  }));
}

/** Share understood, 0 to 1. */
export function share(hearings: readonly Hearing[]): number {
  return hearings.length === 0
    ? 1
    : hearings.filter((hearing) => hearing.understood).length / hearings.length;
}

/** Understood phrases per intent (the first expected intent), sorted by intent name. */
export function byIntent(hearings: readonly Hearing[]): Map<string, { understood: number; total: number }> {
  const rows = new Map<string, { understood: number; total: number }>();
  for (const hearing of hearings) {
    const intent = expectedIntents(hearing.phrase).join(' or ');
    const row = rows.get(intent) ?? { understood: 0, total: 0 };
    row.total += 1;
    if (hearing.understood) row.understood += 1;
    rows.set(intent, row);
  }
  return new Map([...rows].sort(([a], [b]) => a.localeCompare(b)));
}

/** The intents the source declares, to check the corpus names only real ones. */
export function declaredIntents(root: string): Set<string> {
  const source = readInteractionModelSource(root);
  return new Set(source.features.flatMap((feature) => feature.schema.intents.map((intent) => intent.name)));
}
