/**
 * English speech for rankings, stats and predictions. Placeholders get text that is already
 * SSML-escaped; counts go through i18next plurals (`_one` / `_other`, ordinals `_ordinal_*`).
 */
export const statsEn = {
  stats: {
    help: "For the rankings, ask: who's number one? Or: what are Alice's stats?",
    reprompt: "You can ask: what's Alice's rank? Or: how does Alice do against Bob?",
    askPlayer: "Whose stats? Say, for example: Alice's stats.",
    askTwoPlayers: 'Name two players, for example: how does Alice do against Bob?',
    askTwoSides: 'Name both sides, for example: Alice and Bob against Carol and Dave, who wins?',
    rank_ordinal_one: '{{count}}st',
    rank_ordinal_two: '{{count}}nd',
    rank_ordinal_few: '{{count}}rd',
    rank_ordinal_other: '{{count}}th',
    tiedRank: 'joint {{rank}}',
    percent: '{{value}} percent',
    or: 'or',
    plus: 'plus {{value}}',
    minus: 'minus {{value}}',
    games_one: '{{count}} game',
    games_other: '{{count}} games',
    wins_one: '{{count}} win',
    wins_other: '{{count}} wins',
    losses_one: '{{count}} loss',
    losses_other: '{{count}} losses',
    players_one: '{{count}} player ranked.',
    players_other: '{{count}} players ranked.',
    scope: {
      mode: { all: '', singles: ' in singles', doubles: ' in doubles' },
      period: {
        all: '',
        month: ' this month',
        week: ' this week',
        season: ' this season',
        lastSeason: ' last season',
      },
    },
    ranking: {
      wins: 'Rankings by wins{{scope}}: {{entries}}.',
      rating: 'Rankings by skill rating{{scope}}: {{entries}}.',
      winsEntry: '{{rank}}, {{name}}{{provisional}}: {{wins}} in {{games}}, {{percent}}',
      ratingEntry: '{{rank}}, {{name}}{{provisional}}: rating {{rating}}',
      provisional: ', provisional',
      separator: '; ',
      empty: 'No match played{{scope}} yet.',
    },
    leader: {
      wins: 'Number one by wins{{scope}}: {{names}}, with {{wins}} in {{games}}, {{percent}}.',
      winsShared:
        'Sharing first place by wins{{scope}}: {{names}}, with {{wins}} in {{games}} each, {{percent}}.',
      rating: 'Number one by skill rating{{scope}}: {{names}}, rating {{rating}}.',
      provisional: 'Provisional: fewer than 5 games.',
    },
    playerRank: {
      wins: '{{name}} is {{rank}} of {{of}} by wins{{scope}}, with {{wins}} in {{games}}, {{percent}}.',
      rating: '{{name}} is {{rank}} of {{of}} by skill rating{{scope}}, with a rating of {{rating}}.',
      provisional: 'Provisional: fewer than 5 games.',
      noMatchInMode: '{{name}} has played no match{{mode}}{{period}}.',
    },
    player: {
      record: '{{name}}{{scope}}: {{games}}, {{won}} won and {{lost}} lost, {{percent}}.',
      provisional: 'Still provisional: fewer than 5 games.',
      goals: 'Goals for: {{for}}, against: {{against}}, difference: {{difference}}.',
      credited_one: '{{count}} goal scored by name.',
      credited_other: '{{count}} goals scored by name.',
      streak: 'Current winning streak: {{current}}; longest: {{longest}}.',
      bestPartner: 'Best partner: {{name}}, {{wins}} in {{games}} together.',
      nemesis: 'Nemesis: {{name}}, {{losses}} in {{games}} against.',
      fannys: 'Fannys given: {{given}}, taken: {{taken}}.',
    },
    headToHead: {
      record:
        '{{first}} against {{second}}{{scope}}: {{games}}. {{first}} won {{firstWins}}, {{second}} won {{secondWins}}. Goals: {{firstGoals}} to {{secondGoals}}.',
      never: '{{first}} and {{second}} have never played against each other{{scope}}.',
    },
    prediction: {
      favourite: '{{teamA}} against {{teamB}}: {{favourite}}, about {{odds}} to win, {{percent}}.',
      even: '{{teamA}} against {{teamB}}: too close to call; {{favourite}}, {{percent}}.',
      odds_one: '{{count}} chance in {{outOf}}',
      odds_other: '{{count}} chances in {{outOf}}',
      newcomer_one: '{{names}} has no match yet and counts as a newcomer.',
      newcomer_other: '{{names}} have no match yet and count as newcomers.',
    },
    errors: {
      unknownPlayer: "I don't know any player called {{player}}.",
      didYouMean: 'Did you mean {{names}}?',
      playerAbsent: "{{player}} hasn't played{{period}}.",
    },
  },
};

export type StatsResources = typeof statsEn;
