import { describe, expect, it } from 'vitest';
import type { ShadowMatch } from '../shadow/shadow-match';
import { bigText } from './big-digits';
import { renderScoreboard, renderStatusLine } from './scoreboard';
import type { TableView } from './table-view';

const match: ShadowMatch = {
  id: 'm1',
  status: 'in_progress',
  mode: 'doubles',
  target: 5,
  winBy: 2,
  bestOf: 3,
  teams: { red: ['Alice', 'Bob'], blue: ['Carole', 'David'] },
  score: { red: 3, blue: 1 },
  games: { red: 1, blue: 0 },
};

function view(overrides: Partial<TableView> = {}): TableView {
  return {
    thingName: 'babyfoot-office-1',
    connection: 'online',
    phase: 'PLAYING',
    match,
    sensors: { red: 'ok', blue: 'ok' },
    pendingGoals: 0,
    ...overrides,
  };
}

describe('renderScoreboard', () => {
  it('shows the teams, the score in big digits, the games and the state', () => {
    // Act
    const text = renderScoreboard(view()).join('\n');

    // Assess
    expect(text).toContain('babyfoot-office-1');
    expect(text).toMatch(/Alice & Bob\s+Carole & David/);
    expect(text).toContain('games 1 - 0 (best of 3) · first to 5, win by 2');
    expect(text).toContain('PLAYING');
    for (const row of bigText('3 - 1')) expect(text).toContain(row.trim());
    expect(text).not.toContain('!');
  });

  it('draws the score digits themselves', () => {
    const three = renderScoreboard(view()).join('\n');
    const seven = renderScoreboard(view({ match: { ...match, score: { red: 7, blue: 1 } } })).join('\n');

    expect(seven).not.toEqual(three);
  });

  it('invites to start a match when none is running', () => {
    const text = renderScoreboard(view({ match: undefined, phase: 'WAITING' })).join('\n');

    expect(text).toContain('No match running');
    expect(text).toContain('WAITING');
  });

  it('names the winner of a finished match', () => {
    const lines = renderScoreboard(
      view({ phase: 'FINISHED', match: { ...match, status: 'finished', winner: 'blue' } }),
    );

    expect(lines.join('\n')).toContain('FINISHED: BLUE WINS');
  });

  it('warns about sensors, shows the pairing code, goals waiting and the last notice', () => {
    const text = renderScoreboard(
      view({
        sensors: { red: 'blocked', blue: 'noisy' },
        pairing: { code: '4712', expiresAt: 0 },
        pendingGoals: 2,
        notice: 'GOAL for RED!',
        connection: 'offline',
      }),
    ).join('\n');

    expect(text).toContain('! red goal sensor blocked');
    expect(text).toContain('! blue goal sensor noisy');
    expect(text).toContain('Pairing code: 4712');
    expect(text).toContain('2 goal(s) waiting to be sent');
    expect(text).toContain('>> GOAL for RED! <<');
    expect(text).toContain('OFFLINE');
  });

  it('leaves out the games of a single-game match', () => {
    const text = renderScoreboard(view({ match: { ...match, bestOf: 1, winBy: 1 } })).join('\n');

    expect(text).toContain('first to 5');
    expect(text).not.toContain('best of');
  });
});

describe('renderStatusLine', () => {
  it('fits the match on one line', () => {
    const line = renderStatusLine(view());

    expect(line).toBe('[PLAYING] · RED Alice & Bob 3 - 1 Carole & David BLUE · games 1-0 of 3');
  });

  it('adds warnings, the connection when not online, and the notice', () => {
    const line = renderStatusLine(
      view({
        match: undefined,
        phase: 'WAITING',
        sensors: { red: 'ok', blue: 'blocked' },
        connection: 'offline',
      }),
    );

    expect(line).toBe('[WAITING] · ! blue goal sensor blocked: clear the goal · offline');
  });
});
