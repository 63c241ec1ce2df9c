/**
 * What the Echo Show screens and the Alexa app cards show. Plain text, not SSML: values are
 * raw names, escaped for APL markup by the display layer.
 */
export const displayEn = {
  display: {
    team: { red: 'Red', blue: 'Blue' },
    nameSeparator: ' & ',
    state: {
      in_progress: 'Match on',
      paused: 'Paused',
      finished: 'Final score',
      abandoned: 'Abandoned',
    },
    rules: {
      firstTo: 'First to {{target}}',
      winBy: 'win by {{winBy}}',
      bestOf: 'best of {{bestOf}}',
      itsf: 'ITSF rules',
    },
    headline: '{{state}} · {{rules}}',
    game: 'Game {{number}} of {{bestOf}}',
    matchPoint: 'Match point: {{names}}',
    games_one: '{{count}} game',
    games_other: '{{count}} games',
    winner_one: '{{names}} wins!',
    winner_other: '{{names}} win!',
    abandoned: "Abandoned: this match doesn't count.",
    paused: 'Paused: say "resume" to play on.',
    list: { empty: 'Nothing to show yet.' },
    card: {
      scoreTitle: 'Babyfoot: the score',
      resultTitle: 'Babyfoot: match result',
      teamLine: '{{team}} ({{names}}): {{score}}',
      gamesLine: 'Games won: {{red}}–{{blue}} ({{game}})',
      gameScores: 'Games: {{scores}}',
      won_one: '{{names}} won the match {{high}}–{{low}}.',
      won_other: '{{names}} won the match {{high}}–{{low}}.',
      wonGames_one: '{{names}} won the match {{high}} games to {{low}}.',
      wonGames_other: '{{names}} won the match {{high}} games to {{low}}.',
      rankedRow: '{{position}}. {{name}}: {{figures}}',
      rankedName: '{{position}}. {{name}}',
      figureRow: '{{label}}: {{value}}',
      figure: '{{label}} {{value}}',
    },
  },
};

export type DisplayResources = typeof displayEn;
