/**
 * English speech for the house: balanced teams (and later the house rules and the queue).
 * Placeholders get text that is already SSML-escaped; counts go through i18next plurals.
 */
export const houseEn = {
  house: {
    balanced: {
      doubles: 'Fairest teams: {{red}} against {{blue}}, {{percent}} for {{favourite}}.',
      singles: '{{red}} against {{blue}}: {{percent}} for {{favourite}}.',
      even: 'Fairest teams: {{red}} against {{blue}}, a coin toss.',
      evenSingles: '{{red}} against {{blue}}: a coin toss.',
      sittingOut_one: '{{names}} sits out first.',
      sittingOut_other: '{{names}} sit out first.',
      confirm: 'Shall I start it?',
      confirmReplace: 'Shall I start it in place of the match in progress?',
      reprompt: 'Say yes to start this match, or no.',
      denied: 'OK, no match started.',
      wrongCount_one:
        'Balanced teams need two players, or four to eight, and you named only one. Say, for example: make balanced teams with Alice and Bob and Carol and Dave.',
      wrongCount_other:
        'Balanced teams need two players, or four to eight, and you named {{count}}. Say, for example: make balanced teams with Alice and Bob and Carol and Dave.',
      namedTwice: 'You named {{player}} twice: name each player once.',
      cardTitle: 'Balanced teams',
      cardText: '{{red}} vs {{blue}}: {{percent}} % for {{favourite}}',
    },
  },
};
