import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { TournamentUnderWayError } from '../../../domain/errors';
import {
  createTournament,
  drawsPartners,
  type Tournament,
  tournamentMatchRules,
} from '../../../domain/tournament';
import type { StoredTournament } from '../../../store/dynamo-tournament-store';
import type { SkillDeps } from '../../deps';
import { askForSlot } from '../../pending-question';
import { answer } from '../../respond';
import { intentOf, slotChoice, slotNumber, slotPlayerOnly, slotText } from '../../slots';
import { rulesSentence } from '../../speech/rules';
import { formatDescription, joinEntrants, modeName } from '../../speech/tournament';
import { leagueOf } from '../../table-access';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { changeTournament, tournamentsOf } from './tournament-access';

export const CREATE_TOURNAMENT_INTENT = 'CreateTournamentIntent';
const PLAYER_SLOTS = [
  'playerOne',
  'playerTwo',
  'playerThree',
  'playerFour',
  'playerFive',
  'playerSix',
] as const;
const FORMATS = [
  'round_robin',
  'knockout',
  'monster_dyp',
  'swiss',
  'double_elimination',
  'last_man_standing',
] as const;

/** A new tournament may replace a finished or abandoned one, never one still being played. */
function assertReplaceable(current: StoredTournament | undefined): void {
  const status = current?.tournament.status;
  if (status === 'registering' || status === 'running') throw new TournamentUnderWayError(status);
}

/** Asks for one missing piece, keeping what was already said in the intent. */
function ask(input: HandlerInput, slot: string, question: 'Format' | 'Mode' | 'Players'): Response {
  const { t } = turnOf(input);
  const intent = intentOf(input);
  const speech = t(`tournament.ask${question}`);
  const reprompt = t(`tournament.ask${question}Reprompt`);
  if (intent)
    return askForSlot(input, { intent: { ...intent, confirmationStatus: 'NONE' }, slot, speech, reprompt });
  return answer(input, speech, { question: true, reprompt });
}

/** "Tournament created: round robin, singles, with Alice, Bob and Carol. First to 5." */
export function createdSpeech(input: HandlerInput, tournament: Tournament): string {
  const { t } = turnOf(input);
  const values = {
    format: formatDescription(t, tournament),
    mode: modeName(t, tournament),
    entrants: joinEntrants(
      t,
      tournament.entrants.map((entrant) => entrant.players),
    ),
    rules: rulesSentence(t, tournamentMatchRules(tournament)),
  };
  return t(tournament.entrants.length > 0 ? 'tournament.created' : 'tournament.createdEmpty', values);
}

/**
 * "Crée un championnat en simple avec Alice et Bob et Carole", "create a doubles tournament":
 * asks for the format, singles or doubles, and the players when they are missing.
 */
export const createTournamentHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, CREATE_TOURNAMENT_INTENT),
  async handle(input) {
    const turn = turnOf(input);
    assertReplaceable(await tournamentsOf(deps).load(await leagueOf(deps, turn)));
    const format = slotChoice(input, 'format', FORMATS);
    if (!format) return ask(input, 'format', 'Format');
    const mode = slotChoice(input, 'mode', ['singles', 'doubles'] as const);
    // Settings checked before anything is asked: a wrong number of lives is said at once.
    const settings = {
      rounds: slotNumber(input, 'rounds'),
      lives: slotNumber(input, 'lives'),
      // "then a knockout" alone: the best 4.
      playoff: slotNumber(input, 'qualifiers') ?? (slotText(input, 'playoff') ? 4 : undefined),
    };
    createTournament({ format, ...settings });
    if (!mode && !drawsPartners(format)) return ask(input, 'mode', 'Mode');
    const players = PLAYER_SLOTS.flatMap((slot) => slotPlayerOnly(input, slot) ?? []);
    if (players.length === 0) return ask(input, 'playerOne', 'Players');

    const tournament = createTournament({ format, mode, players, ...settings });
    await changeTournament(deps, turn, (current) => {
      assertReplaceable(current);
      return { write: { id: deps.newId(), tournament }, outcome: tournament };
    });
    deps.log.info('tournament created', {
      format,
      mode: tournament.mode,
      entrants: tournament.entrants.length,
    });
    return answer(input, createdSpeech(input, tournament));
  },
});
