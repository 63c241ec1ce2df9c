import { leagueTable } from './standings';
import type { Tournament, TournamentMatch } from './types';

export interface PodiumPlace {
  position: 1 | 2 | 3;
  /** Each entrant's players; more than one entrant when they share the place. */
  entrants: string[][];
}

function knockoutPodium(t: Tournament): PodiumPlace[] {
  const names = (side: number[]) => side.flatMap((index) => t.entrants[index]?.players ?? []);
  const loser = (match: TournamentMatch) => (match.winner === 'blue' ? match.red : match.blue);
  const final = t.rounds.at(-1)?.matches[0];
  if (!final) return [];
  const places: PodiumPlace[] = [
    { position: 1, entrants: [names(final.winner === 'blue' ? final.blue : final.red)] },
    { position: 2, entrants: [names(loser(final))] },
  ];
  // No third-place match: the semi-final losers share third place.
  const semiFinalLosers = (t.rounds.at(-2)?.matches ?? [])
    .filter((match) => match.state === 'played')
    .map((match) => names(loser(match)));
  if (semiFinalLosers.length > 0) places.push({ position: 3, entrants: semiFinalLosers });
  return places;
}

/**
 * The final podium, once the tournament is finished (undefined before, or when abandoned).
 * Knockout: the winner, the losing finalist, the semi-final losers sharing third.
 * Round robin and Monster DYP: the top of the standings, ties sharing a place.
 */
export function podium(t: Tournament): PodiumPlace[] | undefined {
  if (t.status !== 'finished') return undefined;
  if (t.format === 'knockout') return knockoutPodium(t);
  const places: PodiumPlace[] = [];
  for (const row of leagueTable(t)) {
    if (row.position > 3) break;
    const position = row.position === 1 ? 1 : row.position === 2 ? 2 : 3;
    const place = places.find((candidate) => candidate.position === position);
    if (place) place.entrants.push(row.players);
    else places.push({ position, entrants: [row.players] });
  }
  return places;
}
