import type { RequestHandler } from 'ask-sdk-core';
import { NoTournamentError } from '../../../domain/errors';
import { rankByRating } from '../../../domain/stats';
import {
  DEFAULT_LIVES,
  nextMatch,
  progress,
  startTournament,
  type Tournament,
} from '../../../domain/tournament';
import type { Translate } from '../../../i18n/translator';
import type { SkillDeps } from '../../deps';
import { nextMatchDisplay } from '../../display/tournament-next-screens';
import { answer } from '../../respond';
import { formatName, joinEntrants, nextMatchSpeech } from '../../speech/tournament';
import { leagueOf } from '../../table-access';
import { turnOf } from '../../turn';
import { isIntent } from '../predicates';
import { changeTournament } from './tournament-access';

/** Knockout entrants who go through round one without playing (a Swiss bye is said with the match). */
function byeSpeech(t: Translate, tournament: Tournament): string {
  if (tournament.format === 'swiss') return '';
  const byes = (tournament.rounds[0]?.matches ?? [])
    .filter((match) => match.state === 'bye')
    .map((match) => match.red.flatMap((index) => tournament.entrants[index]?.players ?? []));
  if (byes.length === 0) return '';
  return t('tournament.byes', { names: joinEntrants(t, byes), count: byes.flat().length });
}

/**
 * "4 rounds.", or what decides the end when results do: "3 lives each." (last man standing),
 * "Two losses and you are out." (double elimination).
 */
function plannedSpeech(t: Translate, tournament: Tournament, rounds: number): string {
  if (tournament.format === 'last_man_standing')
    return t('tournament.livesPlanned', { count: tournament.settings.lives ?? DEFAULT_LIVES });
  if (tournament.format === 'double_elimination') return t('tournament.twoLossesOut');
  return t('tournament.roundsPlanned', { count: rounds });
}

/** "Lance le tournoi": closes the entries, draws, and says the first match. */
export const startTournamentHandler = (deps: SkillDeps): RequestHandler => ({
  canHandle: (input) => isIntent(input, 'StartTournamentIntent'),
  async handle(input) {
    const turn = turnOf(input);
    const { t } = turn;
    const ranking = await ratingOrder(deps, await leagueOf(deps, turn), deps.now());
    const tournament = await changeTournament(deps, turn, (current) => {
      if (!current) throw new NoTournamentError();
      // The seed is drawn once and stored: every later draw of this tournament derives from it.
      const started = startTournament(current.tournament, deps.newId(), { ranking });
      return { write: { id: current.id, tournament: started }, outcome: started };
    });
    deps.log.info('tournament started', { format: tournament.format, entrants: tournament.entrants.length });
    const rounds = progress(tournament).totalRounds;
    const firstMatch = nextMatch(tournament);
    const speech = t('tournament.started', {
      format: capitalised(formatName(t, tournament)),
      count: tournament.entrants.length,
      rounds: [plannedSpeech(t, tournament, rounds), byeSpeech(t, tournament)].join(' ').trim(),
      next: firstMatch ? nextMatchSpeech(t, tournament, firstMatch) : '',
    });
    return answer(input, speech.replace(/\s+/g, ' '), {
      reprompt: t('tournament.nextMatchPrompt'),
      ...(firstMatch ? nextMatchDisplay(t, tournament, firstMatch) : {}),
    });
  },
});

/**
 * The account's players, best skill rating first: a knockout is seeded by it once ratings
 * exist (unrated entrants come after, in entry order). One GetItem; none without stats.
 */
async function ratingOrder(deps: SkillDeps, leagueId: string, now: number): Promise<string[]> {
  if (!deps.stats) return [];
  const allTime = await deps.stats.readPeriod(leagueId, 'all', now);
  return rankByRating(allTime).map((entry) => entry.name);
}

function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
