import type { RequestHandler } from 'ask-sdk-core';
import type { SkillDeps } from '../../deps';
import { answer } from '../../respond';
import { progressSpeech, standingsSpeech } from '../../speech/tournament-standings';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { readTournament } from './tournament-access';

/** "Classement du tournoi": the league table, or where the knockout bracket stands. */
export const tournamentStandingsHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'TournamentStandingsIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { tournament } = await readTournament(deps, turn);
    return answer(input, standingsSpeech(turn.t, tournament));
  },
});

/** "Où en est le tournoi ?", "which round are we in?". */
export const tournamentProgressHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'TournamentProgressIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { tournament } = await readTournament(deps, turn);
    return answer(input, progressSpeech(turn.t, tournament));
  },
});
