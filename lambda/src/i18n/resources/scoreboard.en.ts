/**
 * The web scoreboard: the link's speech and card, and the labels of the page itself.
 * Page labels keep `{{placeholders}}` that the page fills in the browser.
 */
export const scoreboardEn = {
  scoreboard: {
    link: {
      screenTitle: 'Scan to open the scoreboard',
      screenUntil: 'The link works until {{until}}. The card in the Alexa app has it too.',
      qrLabel: 'QR code of the scoreboard link',
      sent: "I've put the scoreboard link in the Alexa app. Open it on a phone or a wall screen. Anyone with the link can see your scores; say: revoke the scoreboard link, to turn it off.",
      cardTitle: 'Babyfoot live scoreboard',
      cardText:
        'Your tables live, read-only:\n{{url}}\n\nIt works until {{until}}; to keep it longer, say: "Alexa, ask baby foot to renew the scoreboard link". Anyone with this link can see your scores. To turn it off, say: "Alexa, ask baby foot to revoke the scoreboard link".',
    },
    revoke: {
      done: 'Done: your scoreboard links no longer work. Ask for a new one whenever you like.',
      none: "There's no scoreboard link to revoke.",
    },
    renew: {
      done_one: 'Done: your scoreboard link now works until {{until}}.',
      done_other: 'Done: your {{count}} scoreboard links now work until {{until}}.',
      none: "There's no working scoreboard link to renew. Say: send me the scoreboard link, to get a new one.",
    },
    unavailable: "Sorry, the web scoreboard isn't set up for this skill.",
    ratings: {
      title: 'Ratings over time',
      lang: 'en',
      intro:
        "Each line is a player's rating after each match they played ({{matches}} matches, oldest on the left). The top {{top}} are drawn; choose others below.",
      chartLabel: 'Rating of {{names}} over the last {{matches}} matches',
      noMatches: 'No finished match yet: the chart starts with the first one.',
      ranking: 'Ranking by rating',
      rank: 'Rank',
      player: 'Player',
      rating: 'Rating',
      trend: 'Last 5 matches',
      shown: 'On the chart',
      show: 'Show',
      hide: 'Hide',
      back: 'Back to the scoreboard',
      toRatings: 'Ratings over time',
    },
    page: {
      title: 'Babyfoot live scoreboard',
      lang: 'en',
      team: { red: 'Red', blue: 'Blue' },
      state: { playing: 'Playing', paused: 'Paused', finished: 'Finished', abandoned: 'Abandoned' },
      target: 'First to {{target}}',
      game: 'Game {{game}}, best of {{bestOf}}',
      games: 'Games',
      wins: '{{team}} wins!',
      matchPoint: 'Match point {{team}}',
      noTables: 'No match on your tables yet. Say: "Alexa, ask baby foot to start a match".',
      recent: 'Latest results',
      noResults: 'No finished match yet.',
      fanny: 'fanny',
      rankings: 'Rankings',
      rankingsFromStats: 'All-time wins · matches played: {{matches}}',
      rankingsFromHistory: 'Wins in recent matches · matches counted: {{matches}}',
      won: 'Won',
      played: 'Played',
      sensor: {
        blocked: "The {{goal}} goal's sensor looks blocked",
        noisy: "The {{goal}} goal's sensor is misfiring",
        unavailable: "The {{goal}} goal's sensor is not read: goals by voice",
      },
      goal: { red: 'red', blue: 'blue' },
      presence: {
        online: 'Table online',
        offline: 'Table offline: goals by voice',
        offlineSince: 'Table offline since {{time}}: goals by voice',
      },
      offline: 'Connection lost, retrying…',
      revoked:
        'This scoreboard link does not work: it expired, was revoked, or never existed. Ask Alexa for a new one: "send me the scoreboard link".',
    },
  },
};

export type ScoreboardResources = typeof scoreboardEn;
