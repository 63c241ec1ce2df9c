import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { NoSuchMatchError, PlayerNotInMatchError } from '../../../domain/errors';
import { chooseMatch, type MatchChoice, rescore } from '../../../domain/league/corrections';
import type { MatchResult } from '../../../domain/match/result';
import { otherTeam, sameName } from '../../../domain/match/teams';
import type { TeamColor } from '../../../domain/match/types';
import type { Translate } from '../../../i18n/translator';
import type { SkillDeps } from '../../deps';
import { correctionDisplay } from '../../display/league-screens';
import { askForSlot } from '../../pending-question';
import { answer } from '../../respond';
import { intentOf, slotChoice, slotNumber, slotPlayerOnly, slotScorer } from '../../slots';
import { resultLine } from '../../speech/league';
import { joinNames } from '../../speech/names';
import { changeMatch, leagueOf, maybeTableOf } from '../../table-access';
import { saveSession, type Turn, turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { askToConfirm, confirmationOf, recordsOf } from './league-access';

const DAY_MS = 86_400_000;

/** Which match the player means: "the last match", "the one before", "Alice against Bob this morning". */
function matchChoice(input: HandlerInput, now: number): MatchChoice {
  const which = slotChoice(input, 'which', ['last', 'previous'] as const);
  const players = [slotPlayerOnly(input, 'playerOne'), slotPlayerOnly(input, 'playerTwo')].filter(
    (name): name is string => name !== undefined,
  );
  const when = slotChoice(input, 'when', ['today'] as const);
  return {
    ...(which === 'previous' ? { position: 2 } : {}),
    ...(players.length > 0 ? { players } : {}),
    ...(when === 'today' ? { since: now - (now % DAY_MS) } : {}),
  };
}

/**
 * The match a correction is about: on "yes", the very match the question named (kept in the
 * session), whatever finished since; otherwise the one the player describes.
 */
function chosen(input: HandlerInput, recent: readonly MatchResult[], now: number): MatchResult {
  const { session } = turnOf(input);
  if (confirmationOf(input) === 'CONFIRMED' && session.correction !== undefined) {
    const pinned = recent.find((result) => result.id === session.correction?.matchId);
    if (pinned === undefined) throw new NoSuchMatchError(1);
    return pinned;
  }
  return chooseMatch(recent, matchChoice(input, now));
}

/** The side said to have won ("for the blues", "for Alice"), or the recorded winner. */
function winnerSaid(input: HandlerInput, result: MatchResult): TeamColor {
  const scorer = slotScorer(input, 'winner');
  if (scorer === undefined) return result.winner;
  if (scorer.team) return scorer.team;
  const player = scorer.player;
  if (result.teams.red.some((name) => sameName(name, player))) return 'red';
  if (result.teams.blue.some((name) => sameName(name, player))) return 'blue';
  throw new PlayerNotInMatchError(player);
}

/** The corrected result, from the score said (the higher number is the winner's). */
function rescored(input: HandlerInput, result: MatchResult): MatchResult {
  const first = slotNumber(input, 'winnerScore') ?? 0;
  const second = slotNumber(input, 'loserScore') ?? 0;
  return rescore(result, {
    winner: winnerSaid(input, result),
    winnerGoals: Math.max(first, second),
    loserGoals: Math.min(first, second),
  });
}

/**
 * A deleted match still shown on its table (its last match) is set aside there as abandoned,
 * so the table, "welcome back" and an undo of its last goal no longer bring it back. The
 * deletion itself is already done: a table that cannot be told is only logged.
 */
async function retireFromTable(deps: SkillDeps, turn: Turn, deleted: MatchResult): Promise<void> {
  try {
    if ((await maybeTableOf(deps, turn)) === undefined) return;
    await changeMatch(deps, turn, (current) =>
      current?.id === deleted.id && current.status === 'finished'
        ? { write: { match: { ...current, status: 'abandoned' as const } }, outcome: undefined }
        : { outcome: undefined },
    );
  } catch (error) {
    deps.log.warn('deleted match left on its table', { matchId: deleted.id, error });
  }
}

function pin(input: HandlerInput, result: MatchResult | undefined): void {
  const { session } = turnOf(input);
  saveSession(input, { ...session, correction: result && { matchId: result.id } });
}

/** What a correction intent changes, and how it says so. */
interface CorrectionSpec {
  /** The corrected result; undefined deletes the match. */
  corrected(input: HandlerInput, original: MatchResult): MatchResult | undefined;
  /** The question before the change. */
  confirm(t: Translate, original: MatchResult, corrected: MatchResult | undefined): string;
  /** The answer once it is done. */
  done(t: Translate, original: MatchResult, corrected: MatchResult | undefined): string;
}

/**
 * A correction turn: names the match and the change and asks for a yes; on yes, corrects the
 * very match named, in one transaction (`LeagueRecords.correct`); on no, changes nothing.
 */
async function correctionTurn(deps: SkillDeps, input: HandlerInput, spec: CorrectionSpec): Promise<Response> {
  const turn = turnOf(input);
  const { t } = turn;
  const records = recordsOf(deps);
  const league = await leagueOf(deps, turn);
  const confirmation = confirmationOf(input);
  if (confirmation === 'DENIED') {
    pin(input, undefined);
    return answer(input, t('league.correct.kept'));
  }
  if (confirmation === 'CONFIRMED') {
    const { original, corrected } = await records.correct(league, (recent) => {
      const found = chosen(input, recent, deps.now());
      const replacement = spec.corrected(input, found);
      return replacement === undefined ? { original: found } : { original: found, corrected: replacement };
    });
    pin(input, undefined);
    deps.log.info(corrected ? 'match corrected' : 'match deleted', { matchId: original.id });
    if (!corrected) await retireFromTable(deps, turn, original);
    return answer(input, spec.done(t, original, corrected), correctionDisplay(t, original, corrected));
  }
  const original = chosen(input, await records.recent(league), deps.now());
  const corrected = spec.corrected(input, original);
  pin(input, original);
  return askToConfirm(input, spec.confirm(t, original, corrected), t('league.correct.reprompt'));
}

/**
 * "Supprime le dernier match", "delete the match between Alice and Bob": after a yes, the match
 * no longer counts anywhere (history, stats of every period, ratings, streaks, a tournament),
 * in one transaction. Any of the league's last 20 finished matches.
 */
export const deleteMatchHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'DeleteMatchIntent'),
  handle: (input) =>
    correctionTurn(deps, input, {
      corrected: () => undefined,
      confirm: (t, original) => t('league.correct.confirmDelete', { match: resultLine(t, original) }),
      done: (t, original) => t('league.correct.deleted', { match: resultLine(t, original) }),
    }),
});

/**
 * "Le dernier match, c'était 10 à 8 pour les bleus", "the last match was 10 to 8 for blue":
 * after a yes, the match has that result everywhere it counted, as if it had always had it
 * (ratings and streaks of the later matches follow), in one transaction. With no score heard,
 * asks for it.
 * @throws ImpossibleScoreError for a score the match's rules cannot end on.
 */
export const correctMatchHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'CorrectMatchIntent'),
  async handle(input) {
    const { t } = turnOf(input);
    const intent = intentOf(input);
    const scoreHeard =
      slotNumber(input, 'winnerScore') !== undefined && slotNumber(input, 'loserScore') !== undefined;
    if (!scoreHeard && confirmationOf(input) !== 'DENIED') {
      const question = { speech: t('league.correct.askScore'), reprompt: t('league.correct.askScore') };
      if (intent) return askForSlot(input, { intent, slot: 'winnerScore', ...question });
      return answer(input, question.speech, { question: true, reprompt: question.reprompt });
    }
    return correctionTurn(deps, input, {
      corrected: (heard, original) => rescored(heard, original),
      confirm: (say, original, corrected) => {
        const fixed = corrected ?? original;
        return say('league.correct.confirmRescore', {
          old: resultLine(say, original),
          high: fixed.goals[fixed.winner],
          low: fixed.goals[otherTeam(fixed.winner)],
          winners: joinNames(say, fixed.teams[fixed.winner]),
        });
      },
      done: (say, original, corrected) =>
        say('league.correct.rescored', { match: resultLine(say, corrected ?? original) }),
    });
  },
});
