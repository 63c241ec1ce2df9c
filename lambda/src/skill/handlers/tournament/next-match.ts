import type { HandlerInput, RequestHandler } from 'ask-sdk-core';
import type { Response } from 'ask-sdk-model';
import { MatchAlreadyRunningError, NoTournamentError, RoundNotFinishedError } from '../../../domain/errors';
import { startMatch } from '../../../domain/match';
import type { Match } from '../../../domain/match/types';
import {
  matchToReplay,
  nextMatch,
  replayMatch,
  startNextMatch,
  type TournamentMatchView,
  tournamentMatchRules,
} from '../../../domain/tournament';
import type { SkillDeps } from '../../deps';
import { scoreboard } from '../../display/scoreboard';
import { whatComesNextDisplay } from '../../display/tournament-next-screens';
import { answer } from '../../respond';
import { joinNames } from '../../speech/names';
import { rulesSentence } from '../../speech/rules';
import { whatComesNext } from '../../speech/tournament-next';
import { isActive } from '../../table-access';
import { turnOf } from '../../turn';
import { queueAnswer, startNextFromQueue } from '../house/winner-stays';
import { isIntent } from '../predicates';
import { changeMatchAndTournament, readTournament } from './tournament-access';

/** "Quel est le prochain match ?": who plays whom, on which side. */
const nextTournamentMatchOnly = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'NextTournamentMatchIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { tournament } = await readTournament(deps, turn);
    // Before the start or after the end, this names the reason (not started, over).
    nextMatch(tournament);
    return answer(input, whatComesNext(turn.t, tournament), whatComesNextDisplay(turn.t, tournament));
  },
});

interface Started {
  view: TournamentMatchView;
  match: Match;
  replayed: boolean;
}

/**
 * "Lance le prochain match": starts the tournament's next match on this table, the table and
 * the tournament written together. A tournament match abandoned on this table is played again
 * first. Refused while a match is running on the table.
 */
const startNextTournamentMatchOnly = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'StartNextTournamentMatchIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const started = await changeMatchAndTournament<Started>(deps, turn, (current, stored) => {
      if (!stored) throw new NoTournamentError();
      // Read before the guard below narrows `current` away.
      const last = current;
      if (isActive(current)) throw new MatchAlreadyRunningError();
      const { tournament } = stored;
      const abandonedHere =
        last?.status === 'abandoned' && last.tournament?.id === stored.id ? last.id : undefined;
      const replay = abandonedHere === undefined ? undefined : matchToReplay(tournament, abandonedHere);
      const view = replay ?? nextMatch(tournament);
      if (!view) throw new RoundNotFinishedError();
      const id = deps.newId();
      const match: Match = {
        ...startMatch({ id, teams: view.teams, rules: tournamentMatchRules(tournament), at: deps.now() }),
        tournament: { id: stored.id },
      };
      const next =
        replay && abandonedHere !== undefined
          ? replayMatch(tournament, abandonedHere, id)
          : startNextMatch(tournament, id);
      return {
        write: {
          match,
          players: [...view.teams.red, ...view.teams.blue],
          tournament: { id: stored.id, tournament: next },
        },
        outcome: { view, match, replayed: replay !== undefined },
      };
    });
    deps.log.info('tournament match started', { matchId: started.match.id, round: started.view.round });
    const values = {
      round: started.view.round,
      number: started.view.number,
      red: joinNames(t, started.match.teams.red),
      blue: joinNames(t, started.match.teams.blue),
      rules: rulesSentence(t, started.match.rules),
    };
    return answer(
      input,
      t(started.replayed ? 'tournament.matchReplayed' : 'tournament.matchStarted', values),
      {
        reprompt: t('tournament.matchStartedReprompt'),
        ...scoreboard(t, started.match),
      },
    );
  },
});

/** "Who's next?": the tournament's next match, or, when no tournament owns the table, winner stays' line. */
export const nextTournamentMatchHandler = (deps: SkillDeps): RequestHandler =>
  orWinnerStays(deps, nextTournamentMatchOnly(deps), queueAnswer);

/**
 * "Start the next match": the tournament's, or, when no tournament owns the table, winner
 * stays' (the winners against the first challengers in line).
 */
export const startNextTournamentMatchHandler = (deps: SkillDeps): RequestHandler =>
  orWinnerStays(deps, startNextTournamentMatchOnly(deps), startNextFromQueue);

/** A tournament handler that gives the turn to winner stays when no tournament owns the table. */
function orWinnerStays(
  deps: SkillDeps,
  tournamentOnly: RequestHandler,
  winnerStays: (deps: SkillDeps, input: HandlerInput) => Promise<Response | undefined>,
): RequestHandler {
  return {
    canHandle: tournamentOnly.canHandle,
    async handle(input) {
      try {
        return await tournamentOnly.handle(input);
      } catch (error) {
        if (!(error instanceof NoTournamentError)) throw error;
        const answered = await winnerStays(deps, input);
        if (answered === undefined) throw error;
        return answered;
      }
    },
  };
}
