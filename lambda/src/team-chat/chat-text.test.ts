import { describe, expect, it } from 'vitest';
import type { MatchResult } from '../domain/match/result';
import { createTranslator } from '../i18n/translator';
import { matchResultPost } from './chat-text';

const result: MatchResult = {
  id: 'm1',
  mode: 'doubles',
  teams: { red: ['Bob <3', 'Zoé'], blue: ['<@here>', 'A&B'] },
  rules: { target: 2, winBy: 1, bestOf: 3 },
  games: [
    { red: 2, blue: 1 },
    { red: 2, blue: 0 },
  ],
  gamesWon: { red: 2, blue: 0 },
  goals: { red: 4, blue: 1 },
  winner: 'red',
  fanny: false,
  scorers: {},
  startedAt: 1,
  finishedAt: 2,
};

describe('the team chat post of a match', () => {
  it('escapes names so that a chat shows them as typed and pings nobody', () => {
    const post = matchResultPost(createTranslator('en-US'), result, [
      { name: '<@here>', rating: 3.25, ratingBefore: 4, rank: 3, rankBefore: 3 },
    ]);

    expect(post).toBe(
      '🏆 Bob &lt;3 & Zoé beat &lt;@here&gt; & A&amp;B 2 games to 0.\n&lt;@here&gt;: rating 3.3 (-0.8), still rank 3',
    );
  });
});
