import type { RequestHandler } from 'ask-sdk-core';
import { DuplicatePlayerError, NoTournamentError } from '../../../domain/errors';
import { addEntrant, removeEntrant, type Tournament } from '../../../domain/tournament';
import type { SkillDeps } from '../../deps';
import { answer } from '../../respond';
import { slotPlayerOnly } from '../../slots';
import { joinNames } from '../../speech/names';
import { escapeSsml } from '../../speech/ssml';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { changeTournament } from './tournament-access';

function playersIn(tournament: Tournament): number {
  return tournament.entrants.reduce(
    (count, entrant) => count + (entrant.left ? 0 : entrant.players.length),
    0,
  );
}

/** In fixed doubles, the player still waiting for a partner. */
function waitingForPartner(tournament: Tournament): string | undefined {
  if (tournament.format === 'monster_dyp' || tournament.mode !== 'doubles') return undefined;
  return tournament.entrants.find((entrant) => entrant.players.length === 1)?.players[0];
}

type AddOutcome = { kind: 'added'; tournament: Tournament } | { kind: 'alreadyIn'; player: string };

/** "Ajoute Eve", "add Eve and Fred" (a team, in fixed doubles). */
export const addTournamentPlayerHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'AddTournamentPlayerIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const names = ['playerOne', 'playerTwo'].flatMap((slot) => slotPlayerOnly(input, slot) ?? []);
    if (names.length === 0) return answer(input, t('tournament.askPlayers'), { question: true });
    const outcome = await changeTournament<AddOutcome>(deps, turn, (current) => {
      if (!current) throw new NoTournamentError();
      try {
        const tournament = addEntrant(current.tournament, names);
        return { write: { id: current.id, tournament }, outcome: { kind: 'added', tournament } };
      } catch (error) {
        if (error instanceof DuplicatePlayerError)
          return { outcome: { kind: 'alreadyIn', player: error.player } };
        throw error;
      }
    });
    if (outcome.kind === 'alreadyIn') {
      return answer(input, t('tournament.alreadyIn', { player: escapeSsml(outcome.player) }));
    }
    const parts = [
      t('tournament.joined', { names: joinNames(t, names), count: names.length }),
      t('tournament.playersSoFar', { count: playersIn(outcome.tournament) }),
    ];
    const waiting = waitingForPartner(outcome.tournament);
    if (waiting) parts.push(t('tournament.waitingPartner', { name: escapeSsml(waiting) }));
    return answer(input, parts.join(' '));
  },
});

/** "Retire Bob", "remove Bob from the tournament". */
export const removeTournamentPlayerHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'RemoveTournamentPlayerIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const player = slotPlayerOnly(input, 'player');
    if (!player) return answer(input, t('tournament.askPlayers'), { question: true });
    const tournament = await changeTournament(deps, turn, (current) => {
      if (!current) throw new NoTournamentError();
      const next = removeEntrant(current.tournament, player);
      return { write: { id: current.id, tournament: next }, outcome: next };
    });
    return answer(
      input,
      t('tournament.removed', { player: escapeSsml(player), count: playersIn(tournament) }),
    );
  },
});
