import { losingSide, winningSide } from './bracket';
import { type StandingRow, standings } from './standings';
import type { Tournament, TournamentMatch } from './types';

export interface PodiumPlace {
  position: 1 | 2 | 3;
  /** Each entrant's players; more than one entrant when they share the place. */
  entrants: string[][];
}

const names = (t: Tournament, side: readonly number[]) =>
  side.flatMap((index) => t.entrants[index]?.players ?? []);

/** Double elimination: the last match's winner and loser, then whoever went out just before. */
function doubleEliminationPodium(t: Tournament): PodiumPlace[] {
  const decided = t.rounds.flatMap((round) => round.matches).filter((match) => match.state === 'played');
  const final = decided.at(-1);
  if (!final) return [];
  const places: PodiumPlace[] = [
    { position: 1, entrants: [names(t, winningSide(final))] },
    { position: 2, entrants: [names(t, losingSide(final))] },
  ];
  const finalists = [...final.red, ...final.blue];
  const third = [...decided]
    .reverse()
    .map(losingSide)
    .find((side) => !side.some((index) => finalists.includes(index)));
  if (third) places.push({ position: 3, entrants: [names(t, third)] });
  return places;
}

function knockoutPodium(t: Tournament): PodiumPlace[] {
  const loser = (match: TournamentMatch) => names(t, losingSide(match));
  const final = t.rounds.at(-1)?.matches[0];
  if (!final) return [];
  const places: PodiumPlace[] = [
    { position: 1, entrants: [names(t, winningSide(final))] },
    { position: 2, entrants: [loser(final)] },
  ];
  // No third-place match: the semi-final losers share third place. A knockout stage of two
  // sides (a Monster DYP's top 4) has no semi-final: the round before is the group stage's.
  const semiFinal = t.rounds.at(-2);
  const semiFinalLosers = (t.qualifiers && semiFinal?.stage !== 'playoff' ? [] : (semiFinal?.matches ?? []))
    .filter((match) => match.state === 'played')
    .map(loser);
  if (semiFinalLosers.length > 0) places.push({ position: 3, entrants: semiFinalLosers });
  return places;
}

/**
 * The final podium, once the tournament is finished (undefined before, or when abandoned).
 * Knockout (and the knockout after a group stage): the winner, the losing finalist, the
 * semi-final losers sharing third. Double elimination: the last match's winner and loser, then
 * the last entrant out before it. Round robin, Monster DYP, Swiss and last man standing: the top
 * of the standings, ties sharing a place.
 */
export function podium(t: Tournament): PodiumPlace[] | undefined {
  if (t.status !== 'finished') return undefined;
  if (t.format === 'knockout' || t.qualifiers) return knockoutPodium(t);
  if (t.format === 'double_elimination') return doubleEliminationPodium(t);
  const table = standings(t);
  const rows: StandingRow[] = 'rows' in table ? table.rows : [];
  const places: PodiumPlace[] = [];
  for (const row of rows) {
    if (row.position > 3) break;
    const position = row.position === 1 ? 1 : row.position === 2 ? 2 : 3;
    const place = places.find((candidate) => candidate.position === position);
    if (place) place.entrants.push(row.players);
    else places.push({ position, entrants: [row.players] });
  }
  return places;
}
