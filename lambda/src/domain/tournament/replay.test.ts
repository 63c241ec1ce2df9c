import { describe, expect, it } from 'vitest';
import { TournamentMatchNotInPlayError } from '../errors';
import { createTournament } from './entrants';
import { nextMatch, recordResult, startNextMatch } from './play';
import { matchToReplay, replayMatch } from './replay';
import { startTournament } from './start';
import { matchResult, players } from './test-support';

describe('replaying a tournament match whose table match was abandoned', () => {
  const started = startTournament(createTournament({ format: 'round_robin', players: players(4) }), 7);

  it('finds the match still in play and gives it the new table match', () => {
    // Prepare
    const first = nextMatch(started);
    const inPlay = startNextMatch(started, 'm1');
    // Act
    const view = matchToReplay(inPlay, 'm1');
    const replayed = replayMatch(inPlay, 'm1', 'm2');
    // Assess
    expect(view?.teams).toEqual(first?.teams);
    expect(matchToReplay(replayed, 'm1')).toBeUndefined();
    expect(matchToReplay(replayed, 'm2')?.teams).toEqual(first?.teams);
    const teams = view?.teams ?? { red: [], blue: [] };
    const recorded = recordResult(replayed, matchResult('m2', teams, 'red', { red: 5, blue: 1 }));
    expect(recorded.rounds[0]?.matches.filter((match) => match.state === 'played')).toHaveLength(1);
  });

  it('has nothing to replay once the match is decided or for an unknown match', () => {
    const inPlay = startNextMatch(started, 'm1');
    const teams = nextMatch(started)?.teams ?? { red: [], blue: [] };
    const decided = recordResult(inPlay, matchResult('m1', teams, 'blue', { red: 2, blue: 5 }));
    expect(matchToReplay(decided, 'm1')).toBeUndefined();
    expect(matchToReplay(inPlay, 'other')).toBeUndefined();
    expect(() => replayMatch(decided, 'm1', 'm2')).toThrow(TournamentMatchNotInPlayError);
  });
});
