import type { SensorHealth } from '../sensors/sensor-health';
import type { ShadowMatch } from '../shadow/shadow-match';
import { TEAM_COLORS, type TeamColor } from '../team';
import { bigText } from './big-digits';
import type { TableView } from './table-view';

const WIDTH = 48;

/** The scoreboard as terminal lines (no colour codes): teams, big score, state, warnings. */
export function renderScoreboard(view: TableView): string[] {
  const lines = [
    spread(`BABYFOOT  ${view.thingName}`, connectionLabel(view)),
    '─'.repeat(WIDTH),
    spread('RED', 'BLUE'),
  ];
  const match = view.match;
  if (match) {
    lines.push(spread(teamNames(match, 'red'), teamNames(match, 'blue')), '');
    lines.push(...bigText(`${match.score.red} - ${match.score.blue}`).map(center), '');
    lines.push(center(rulesLine(match)));
  } else {
    lines.push('', center('No match running'), center('"Alexa, ask babyfoot to start a match"'), '');
  }
  lines.push(center(phaseLine(view)));
  lines.push(...footnotes(view));
  if (view.notice) lines.push(center(`>> ${view.notice} <<`));
  return lines;
}

/** The scoreboard on one line, to sit beside a console's prompt. */
export function renderStatusLine(view: TableView): string {
  const match = view.match;
  const parts = [`[${phaseLine(view)}]`];
  if (match) {
    parts.push(
      `RED ${teamNames(match, 'red')} ${match.score.red} - ${match.score.blue} ${teamNames(match, 'blue')} BLUE`,
    );
    if (match.bestOf > 1) parts.push(`games ${match.games.red}-${match.games.blue} of ${match.bestOf}`);
  }
  parts.push(...footnotes(view));
  if (view.connection !== 'online') parts.push(view.connection);
  if (view.notice) parts.push(view.notice);
  return parts.join(' · ');
}

function phaseLine(view: TableView): string {
  const winner = view.match?.winner;
  if (view.phase === 'FINISHED' && winner) return `FINISHED: ${winner.toUpperCase()} WINS`;
  if (view.match?.status === 'abandoned') return 'WAITING (last match abandoned)';
  return view.phase;
}

function rulesLine(match: ShadowMatch): string {
  const target = `first to ${match.target}${match.winBy > 1 ? `, win by ${match.winBy}` : ''}`;
  if (match.bestOf <= 1) return target;
  return `games ${match.games.red} - ${match.games.blue} (best of ${match.bestOf}) · ${target}`;
}

/** Sensor warnings, the pairing code and goals waiting for the broker. */
function footnotes(view: TableView): string[] {
  const found: string[] = [];
  for (const goal of TEAM_COLORS) {
    const health = view.sensors[goal];
    if (health !== 'ok') found.push(`! ${goal} goal sensor ${sensorProblem(health)}`);
  }
  if (view.pairing) found.push(`Pairing code: ${view.pairing.code}`);
  if (view.pendingGoals > 0) found.push(`${view.pendingGoals} goal(s) waiting to be sent`);
  return found;
}

function sensorProblem(health: Exclude<SensorHealth, 'ok'>): string {
  if (health === 'blocked') return 'blocked: clear the goal';
  if (health === 'noisy') return 'noisy: check the wiring';
  return 'unavailable: goals by voice';
}

function connectionLabel(view: TableView): string {
  return view.connection === 'online' ? 'online' : view.connection.toUpperCase();
}

function teamNames(match: ShadowMatch, team: TeamColor): string {
  const names = match.teams[team];
  return names.length > 0 ? names.join(' & ') : team;
}

function center(text: string): string {
  const padding = Math.max(0, Math.floor((WIDTH - text.length) / 2));
  return `${' '.repeat(padding)}${text}`.trimEnd();
}

function spread(left: string, right: string): string {
  const gap = Math.max(1, WIDTH - left.length - right.length);
  return `${left}${' '.repeat(gap)}${right}`;
}
