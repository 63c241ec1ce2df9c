import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Intent, Response } from 'ask-sdk-model';
import { underHouseRules } from '../../domain/house/house-rules';
import { canonicalName, type NameAliases } from '../../domain/league/merge-names';
import type { RulesRequest } from '../../domain/match';
import { resolveRules, sameName, startMatch } from '../../domain/match';
import type { Match, Teams } from '../../domain/match/types';
import type { SkillDeps } from '../deps';
import { scoreboard } from '../display/scoreboard';
import { askForSlot } from '../pending-question';
import { answer } from '../respond';
import { intentOf, slotChoice, slotNumber, slotPlayerName, teamNamedIn } from '../slots';
import { joinNames } from '../speech/names';
import { knownOffline } from '../speech/presence';
import { rulesSentence } from '../speech/rules';
import { scoreSpeech } from '../speech/score';
import { escapeSsml } from '../speech/ssml';
import { changeMatch, isActive, leagueOf, readMatch, tableOf } from '../table-access';
import { tableReportOf } from '../table-report';
import { saveSession, turnOf } from '../turn';
import { isIntent } from './predicates';

export const START_MATCH_INTENT = 'StartMatchIntent';

/** Every slot of StartMatchIntent: an intent handed to Alexa in a dialog directive carries them all. */
export const START_MATCH_SLOTS = [
  'redPlayerOne',
  'redPlayerTwo',
  'bluePlayerOne',
  'bluePlayerTwo',
  'mode',
  'target',
  'bestOf',
  'winBy',
  'preset',
] as const;

type PlayerSlot = 'redPlayerOne' | 'redPlayerTwo' | 'bluePlayerOne' | 'bluePlayerTwo';
const RED_SLOTS: readonly PlayerSlot[] = ['redPlayerOne', 'redPlayerTwo'];
const BLUE_SLOTS: readonly PlayerSlot[] = ['bluePlayerOne', 'bluePlayerTwo'];
const PLAYER_SLOTS: readonly PlayerSlot[] = [...RED_SLOTS, ...BLUE_SLOTS];

/** The rules the player asked for in this request's slots. */
export function rulesRequested(input: HandlerInput): RulesRequest {
  return {
    preset: slotChoice(input, 'preset', ['bar', 'itsf'] as const),
    target: slotNumber(input, 'target'),
    bestOf: slotNumber(input, 'bestOf'),
    winBy: slotNumber(input, 'winBy'),
  };
}

/** StartMatchIntent with every slot present, the given ones filled. */
export function startMatchIntent(
  values: Partial<Record<(typeof START_MATCH_SLOTS)[number], string>>,
): Intent {
  const slots: Intent['slots'] = {};
  for (const name of START_MATCH_SLOTS) {
    const value = values[name];
    slots[name] =
      value === undefined
        ? { name, confirmationStatus: 'NONE' }
        : { name, value, confirmationStatus: 'NONE' };
  }
  return { name: START_MATCH_INTENT, confirmationStatus: 'NONE', slots };
}

function withoutSlot(intent: Intent, slot: PlayerSlot): Intent {
  return { ...intent, slots: { ...intent.slots, [slot]: { name: slot, confirmationStatus: 'NONE' } } };
}

function ask(input: HandlerInput, speech: string, slot: PlayerSlot, intent: Intent): Response {
  const { t, session } = turnOf(input);
  saveSession(input, { ...session, dialog: 'startMatch' });
  return askForSlot(input, { intent, slot, speech, reprompt: `${t('start.askReprompt')} ${speech}` });
}

type StartOutcome = { kind: 'confirm'; current: Match } | { kind: 'started'; match: Match };

interface Lineup {
  names: Partial<Record<PlayerSlot, string>>;
  slots: PlayerSlot[];
}

function lineupOf(input: HandlerInput, doubles: boolean): Lineup {
  const slots: PlayerSlot[] = doubles
    ? ['redPlayerOne', 'redPlayerTwo', 'bluePlayerOne', 'bluePlayerTwo']
    : ['redPlayerOne', 'bluePlayerOne'];
  const names: Partial<Record<PlayerSlot, string>> = {};
  for (const slot of slots) names[slot] = slotPlayerName(input, slot);
  return { names, slots };
}

/** The question that fills the next missing name, or a clash to ask again about. */
function nextQuestion(input: HandlerInput, lineup: Lineup): { slot: PlayerSlot; speech: string } | undefined {
  const { t } = turnOf(input);
  const { names } = lineup;
  const prompts: Record<PlayerSlot, () => string> = {
    redPlayerOne: () => t('start.askRed'),
    redPlayerTwo: () => t('start.askRedPartner', { name: escapeSsml(names.redPlayerOne ?? '') }),
    bluePlayerOne: () => t('start.askBlue'),
    bluePlayerTwo: () => t('start.askBluePartner', { name: escapeSsml(names.bluePlayerOne ?? '') }),
  };
  const seen: Array<{ slot: PlayerSlot; name: string }> = [];
  for (const slot of lineup.slots) {
    const name = names[slot];
    if (!name) return { slot, speech: prompts[slot]() };
    const colour = teamNamedIn(name);
    // "Start a match between red and blue": colours name the sides, the players are still to come.
    if (colour)
      return {
        slot,
        speech: `${t('start.colourNotName', { team: t(`common.team.${colour}`) })} ${prompts[slot]()}`,
      };
    const clash = seen.find((earlier) => sameName(earlier.name, name));
    if (clash) {
      const acrossTeams = clash.slot.startsWith('red') && slot.startsWith('blue');
      const key = acrossTeams ? 'start.alreadyOnRed' : 'start.namedTwice';
      return {
        slot,
        speech: `${t(key, { player: escapeSsml(name) })}${acrossTeams ? '' : ` ${prompts[slot]()}`}`,
      };
    }
    seen.push({ slot, name });
  }
  return undefined;
}

function teamsOf(lineup: Lineup): Teams {
  const named = (slots: readonly PlayerSlot[]) =>
    slots.filter((slot) => lineup.slots.includes(slot)).flatMap((slot) => lineup.names[slot] ?? []);
  return { red: named(RED_SLOTS), blue: named(BLUE_SLOTS) };
}

function aliasedTeams(teams: Teams, aliases: NameAliases): Teams {
  return {
    red: teams.red.map((name) => canonicalName(aliases, name)),
    blue: teams.blue.map((name) => canonicalName(aliases, name)),
  };
}

function startedSpeech(input: HandlerInput, match: Match): string {
  const { t } = turnOf(input);
  return t('start.started', {
    red: joinNames(t, match.teams.red),
    blue: joinNames(t, match.teams.blue),
    rules: rulesSentence(t, match.rules),
  });
}

/**
 * "Start a match between Alice and Bob", "start a doubles game, Alice and Bob versus Carol and
 * Dave". Asks for missing or clashing names one at a time, and for confirmation before
 * replacing a running match. On a table its shadow says is offline, the match still starts,
 * with a warning that goals must be given by voice.
 */
export const startMatchHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, START_MATCH_INTENT),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const intent = intentOf(input) ?? startMatchIntent({});
    if (intent.confirmationStatus === 'DENIED') {
      saveSession(input, { ...turn.session, dialog: undefined });
      const match = await readMatch(deps, turn);
      return answer(input, t('start.kept', { score: match ? scoreSpeech(t, match) : '' }).trim());
    }
    const rules = resolveRules(rulesRequested(input));
    const mode = slotChoice(input, 'mode', ['singles', 'doubles'] as const);
    const named = PLAYER_SLOTS.filter((slot) => slotPlayerName(input, slot));
    const fourNamed = named.includes('redPlayerTwo') || named.includes('bluePlayerTwo');
    if (mode === 'singles' && fourNamed)
      return answer(input, t('start.singlesWithFour', { count: named.length }));
    const lineup = lineupOf(input, mode === 'doubles' || fourNamed);
    const question = nextQuestion(input, lineup);
    if (question) return ask(input, question.speech, question.slot, withoutSlot(intent, question.slot));

    // A name the league merged or renamed ("Alicia is Alice") starts the match as the name kept.
    // The league's house rules (gamelles, midfield goals, fannys) count in the new match.
    const league = await leagueOf(deps, turn);
    const [aliases, house] = await Promise.all([deps.players.aliases(league), deps.houseRules?.read(league)]);
    const teams = aliasedTeams(teamsOf(lineup), aliases);
    // Read while the match is written: a table known to be offline gets a warning.
    const report = tableOf(deps, turn)
      .then((thing) => tableReportOf(deps, thing))
      .catch(() => undefined);
    const outcome = await changeMatch<StartOutcome>(deps, turn, (current) => {
      if (isActive(current) && intent.confirmationStatus !== 'CONFIRMED') {
        return { outcome: { kind: 'confirm' as const, current } };
      }
      const played = house === undefined ? rules : underHouseRules(rules, house);
      const match = startMatch({ id: deps.newId(), teams, rules: played, at: deps.now() });
      return {
        write: { match, players: [...teams.red, ...teams.blue] },
        outcome: { kind: 'started' as const, match },
      };
    });
    if (outcome.kind === 'confirm') {
      saveSession(input, { ...turn.session, dialog: 'startMatch' });
      input.responseBuilder.addConfirmIntentDirective({ ...intent, confirmationStatus: 'NONE' });
      return answer(input, t('start.confirmReplace', { score: scoreSpeech(t, outcome.current) }), {
        question: true,
        reprompt: t('start.confirmReplaceReprompt'),
      });
    }
    saveSession(input, { ...turn.session, dialog: undefined });
    deps.log.info('match started', { matchId: outcome.match.id, mode: outcome.match.mode });
    const offline = knownOffline(await report) ? ` ${t('device.startOffline')}` : '';
    return answer(input, `${startedSpeech(input, outcome.match)}${offline}`, {
      reprompt: t('start.startedReprompt'),
      ...scoreboard(t, outcome.match),
    });
  },
});
