import type { RequestHandler } from 'ask-sdk-core';
import { NoTableLinkedError, NoTournamentError } from '../../../domain/errors';
import { abandonMatch } from '../../../domain/match';
import { recordForfeit, type Tournament, type TournamentMatch } from '../../../domain/tournament';
import type { SkillDeps } from '../../deps';
import { whatComesNextDisplay } from '../../display/tournament-next-screens';
import { answer } from '../../respond';
import { slotPlayerOnly } from '../../slots';
import { ofNames } from '../../speech/names';
import { escapeSsml } from '../../speech/ssml';
import { whatComesNext } from '../../speech/tournament-next';
import { isActive } from '../../table-access';
import { type Turn, turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { changeMatchAndTournament, changeTournament, readTournament } from './tournament-access';

/** The match a forfeit settled: the first one open before and decided by walkover after. */
function forfeitedMatch(
  before: Tournament,
  after: Tournament,
): { before: TournamentMatch; after: TournamentMatch } | undefined {
  for (const [roundIndex, round] of before.rounds.entries()) {
    for (const [matchIndex, match] of round.matches.entries()) {
      const settled = after.rounds[roundIndex]?.matches[matchIndex];
      if (settled?.forfeit && match.state !== 'played') return { before: match, after: settled };
    }
  }
  return undefined;
}

interface Forfeited {
  tournament: Tournament;
  /** The match on this table was the forfeited one, and was stopped with it. */
  tableStopped: boolean;
}

/** The forfeit with the table's match stopped in the same transaction, when that match is the one forfeited. */
async function forfeitOnTable(
  deps: SkillDeps,
  turn: Turn,
  player: string,
  matchId: string,
): Promise<Forfeited | undefined> {
  try {
    return await changeMatchAndTournament<Forfeited | undefined>(deps, turn, (current, stored) => {
      if (!stored) throw new NoTournamentError();
      if (!isActive(current) || current.id !== matchId) return { outcome: undefined };
      const tournament = recordForfeit(stored.tournament, player);
      return {
        write: { match: abandonMatch(current, deps.now()), tournament: { id: stored.id, tournament } },
        outcome: { tournament, tableStopped: true },
      };
    });
  } catch (error) {
    // The match is on another table, or on none: the tournament alone records the forfeit.
    if (error instanceof NoTableLinkedError) return undefined;
    throw error;
  }
}

/**
 * "Bob déclare forfait": Bob's side loses their match in play, or else their next match of
 * the round, by walkover. When that match is running on this table, it is stopped in the same
 * transaction.
 */
export const tournamentForfeitHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'TournamentForfeitIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const player = slotPlayerOnly(input, 'player');
    if (!player) return answer(input, t('tournament.askPlayers'), { question: true });
    const stored = await readTournament(deps, turn);
    // Decided once on the read to find the match (and to name any refusal); written below from fresh reads.
    const planned = forfeitedMatch(stored.tournament, recordForfeit(stored.tournament, player));
    const matchId = planned?.before.matchId;
    const forfeited =
      (matchId === undefined ? undefined : await forfeitOnTable(deps, turn, player, matchId)) ??
      (await changeTournament<Forfeited>(deps, turn, (current) => {
        if (!current) throw new NoTournamentError();
        const tournament = recordForfeit(current.tournament, player);
        return { write: { id: current.id, tournament }, outcome: { tournament, tableStopped: false } };
      }));
    deps.log.info('tournament forfeit', { tableStopped: forfeited.tableStopped });
    const settled = planned?.after;
    const winners = settled ? settled[settled.winner === 'blue' ? 'blue' : 'red'] : [];
    const names = winners.flatMap((index) => forfeited.tournament.entrants[index]?.players ?? []);
    const parts = [
      t('tournament.forfeit', {
        player: escapeSsml(player),
        winners: ofNames(t, names),
        count: names.length,
        high: Math.max(settled?.goals?.red ?? 0, settled?.goals?.blue ?? 0),
      }),
    ];
    if (forfeited.tableStopped) parts.push(t('tournament.forfeitAbandoned'));
    parts.push(whatComesNext(t, forfeited.tournament));
    return answer(input, parts.join(' ').trim(), whatComesNextDisplay(t, forfeited.tournament));
  },
});
