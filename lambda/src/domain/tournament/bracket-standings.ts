import { losingSide } from './bracket';
import { lossesOf } from './double-elimination';
import { currentRoundIndex, sidePlayers } from './roster';
import type { KnockoutStandings } from './standings';
import type { Tournament } from './types';

/** Double elimination: who is still in (and who of them lost once), who is out and when. */
export function doubleEliminationStandings(t: Tournament): KnockoutStandings {
  const losses = lossesOf(t);
  const out = new Map<number, number>();
  t.rounds.forEach((round, roundIndex) => {
    for (const match of round.matches) {
      if (match.state !== 'played') continue;
      for (const index of losingSide(match)) if ((losses[index] ?? 0) >= 2) out.set(index, roundIndex + 1);
    }
  });
  const names = (index: number) => [...(t.entrants[index]?.players ?? [])];
  const stillIn = t.entrants.flatMap((_, index) => (out.has(index) ? [] : [index]));
  return {
    format: 'double_elimination',
    round: currentRoundIndex(t) + 1,
    totalRounds: 0,
    stillIn: stillIn.map(names),
    oneLoss: stillIn.filter((index) => losses[index] === 1).map(names),
    out: [...out.entries()]
      .sort(([a, roundA], [b, roundB]) => roundB - roundA || a - b)
      .map(([index, round]) => ({ players: names(index), round })),
  };
}

/** The knockout after the group stage: its rounds only, numbered from 1. */
export function playoffStandings(t: Tournament): KnockoutStandings {
  const qualifiers = t.qualifiers ?? [];
  const playoff = t.rounds.filter((round) => round.stage === 'playoff');
  const beaten = new Map<number, number>();
  playoff.forEach((round, roundIndex) => {
    for (const match of round.matches) {
      if (match.state !== 'played') continue;
      const seed = qualifiers.findIndex((side) => side[0] === losingSide(match)[0]);
      if (seed !== -1) beaten.set(seed, roundIndex + 1);
    }
  });
  const current = currentRoundIndex(t) - (t.rounds.length - playoff.length);
  return {
    format: 'playoff',
    round: Math.max(1, current + 1),
    totalRounds: Math.log2(Math.max(2, qualifiers.length)),
    stillIn: qualifiers.filter((_, seed) => !beaten.has(seed)).map((side) => sidePlayers(t, side)),
    out: [...beaten.entries()]
      .sort(([a, roundA], [b, roundB]) => roundB - roundA || a - b)
      .map(([seed, round]) => ({ players: sidePlayers(t, qualifiers[seed] ?? []), round })),
  };
}
