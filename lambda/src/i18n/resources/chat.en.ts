/** What the team chat is told (Slack, Microsoft Teams): plain text, names escaped by the chat module. */
export const chatEn = {
  chat: {
    nameSeparator: ' & ',
    won_one: '🏆 {{winners}} beat {{losers}} {{score}}.',
    won_other: '🏆 {{winners}} beat {{losers}} {{score}}.',
    games: '{{won}} games to {{lost}}',
    fanny_one: "🍑 Fanny! {{losers}} didn't score a single goal.",
    fanny_other: "🍑 Fanny! {{losers}} didn't score a single goal.",
    ratingNew: '{{name}}: first rating {{rating}}, rank {{rank}}',
    ratingSameRank: '{{name}}: rating {{rating}} ({{delta}}), still rank {{rank}}',
    podium: '🏁 The tournament is over!',
    place1: '🥇 {{names}}',
    place2: '🥈 {{names}}',
    place3: '🥉 {{names}}',
    entrantsSeparator: ' · ',
    ratingMoved: '{{name}}: rating {{rating}} ({{delta}}), rank {{rank}} (was {{before}})',
  },
};

export type ChatResources = typeof chatEn;
