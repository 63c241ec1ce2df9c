import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { MatchAlreadyRunningError } from '../../../domain/errors';
import { underHouseRules } from '../../../domain/house/house-rules';
import { joinQueue, leaveQueue, nextChallenge } from '../../../domain/house/winner-stays';
import { resolveRules, startMatch } from '../../../domain/match';
import type { Match } from '../../../domain/match/types';
import type { QueueStore } from '../../../store/dynamo-queue-store';
import type { SkillDeps } from '../../deps';
import { scoreboard } from '../../display/scoreboard';
import { answer } from '../../respond';
import { slotPlayerName } from '../../slots';
import { joinNames } from '../../speech/names';
import { rulesSentence } from '../../speech/rules';
import { escapeSsml } from '../../speech/ssml';
import { nextUpSpeech, queueCard, queueSpeech } from '../../speech/winner-stays';
import { changeMatch, isActive, leagueOf, readMatch, tableOf } from '../../table-access';
import type { Turn } from '../../turn';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';

function queuesOf(deps: SkillDeps): QueueStore {
  if (!deps.queues) throw new Error('This skill was built without a queue store');
  return deps.queues;
}

/** "Eve et Fred prennent la suite", "Eve and Fred are next": challengers at the back of the line. */
export const joinQueueHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'QueueJoinIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const names = ['playerOne', 'playerTwo'].flatMap((slot) => slotPlayerName(input, slot) ?? []);
    const thing = await tableOf(deps, turn);
    const [queue, match] = await Promise.all([queuesOf(deps).read(thing), readMatch(deps, turn)]);
    const onTable = isActive(match) ? [...match.teams.red, ...match.teams.blue] : [];
    const outcome = joinQueue(queue, names, onTable);
    if (outcome.kind === 'wrongSize') return answer(input, t('house.queue.wrongSize'));
    if (outcome.kind !== 'queued')
      return answer(input, t(`house.queue.${outcome.kind}`, { name: escapeSsml(outcome.name) }));
    await queuesOf(deps).write(thing, outcome.queue);
    return answer(
      input,
      t('house.queue.queued', {
        names: joinNames(t, names),
        count: names.length,
        position: outcome.position,
      }),
      { card: queueCard(t, outcome.queue) },
    );
  },
});

/** "Qui prend la suite ?", "who's in the queue?": the line, first first. */
export const whoIsNextHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'QueueWhoIntent'),
  async handle(input) {
    return (await queueAnswer(deps, input)) ?? answer(input, turnOf(input).t('house.queue.empty'));
  },
});

/** The line said ("who's next?" with no tournament on the table); undefined when nobody is in it. */
export async function queueAnswer(deps: SkillDeps, input: HandlerInput): Promise<Response | undefined> {
  if (!deps.queues) return undefined;
  const turn = turnOf(input);
  const queue = await deps.queues.read(await tableOf(deps, turn));
  return queue.length === 0
    ? undefined
    : answer(input, queueSpeech(turn.t, queue), { card: queueCard(turn.t, queue) });
}

/** "Retire Eve de la file", "vide la file": someone leaves the line, or everyone does. */
export const leaveQueueHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'QueueRemoveIntent', 'QueueClearIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const thing = await tableOf(deps, turn);
    if (isIntent(input, 'QueueClearIntent')) {
      await queuesOf(deps).write(thing, []);
      return answer(input, t('house.queue.cleared'));
    }
    const name = slotPlayerName(input, 'player');
    if (!name) return answer(input, t('house.queue.whoLeaves'), { question: true });
    const left = leaveQueue(await queuesOf(deps).read(thing), name);
    if (!left.removed) return answer(input, t('house.queue.notQueued', { name: escapeSsml(name) }));
    await queuesOf(deps).write(thing, left.queue);
    return answer(
      input,
      `${t('house.queue.removed', { name: escapeSsml(name) })} ${queueSpeech(t, left.queue)}`,
      { card: queueCard(t, left.queue) },
    );
  },
});

/**
 * What a match that just finished leaves for winner stays: "Next up: … stay, against …", or
 * undefined when nobody of the winners' size waits (or the skill keeps no queue).
 */
export async function winnerStaysNews(
  deps: SkillDeps,
  turn: Turn,
  finished: Match,
): Promise<string | undefined> {
  if (!deps.queues || finished.tournament) return undefined;
  const next = nextChallenge(finished, await deps.queues.read(await tableOf(deps, turn)));
  return next && nextUpSpeech(turn.t, next.teams);
}

/**
 * "Lance le match suivant" with no tournament on the table: the winners of the match that just
 * finished against the first challengers of their size, by that match's rules and the league's
 * house rules; they leave the line; nobody of their size waiting is said. Undefined when nobody
 * is in line (or the skill keeps no queue).
 * @throws MatchAlreadyRunningError while a match is on.
 */
export async function startNextFromQueue(
  deps: SkillDeps,
  input: HandlerInput,
): Promise<Response | undefined> {
  if (!deps.queues) return undefined;
  const turn = turnOf(input);
  const { t } = turn;
  const thing = await tableOf(deps, turn);
  const league = await leagueOf(deps, turn);
  const [queue, house] = await Promise.all([deps.queues.read(thing), deps.houseRules?.read(league)]);
  // Nobody in line: the request was not about winner stays (the caller says there is no tournament).
  if (queue.length === 0) return undefined;
  const started = await changeMatch(deps, turn, (current) => {
    // Read before the guard below narrows `current` away.
    const last = current;
    if (isActive(current)) throw new MatchAlreadyRunningError();
    const next = nextChallenge(last, queue);
    if (next === undefined) return { outcome: undefined };
    // The evening's format goes on: the rules of the match just won, under today's house rules.
    const base = last?.rules ?? resolveRules({});
    const rules = house === undefined ? base : underHouseRules(base, house);
    const match = startMatch({ id: deps.newId(), teams: next.teams, rules, at: deps.now() });
    return {
      write: { match, players: [...next.teams.red, ...next.teams.blue] },
      outcome: { match, queue: next.queue },
    };
  });
  if (started === undefined) return answer(input, t('house.queue.nobodyNext'));
  await deps.queues.write(thing, started.queue);
  const { match } = started;
  const speech = t('start.started', {
    red: joinNames(t, match.teams.red),
    blue: joinNames(t, match.teams.blue),
    rules: rulesSentence(t, match.rules),
  });
  return answer(input, speech, { reprompt: t('start.startedReprompt'), ...scoreboard(t, match) });
}
