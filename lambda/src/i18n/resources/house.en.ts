/**
 * English speech for the house: balanced teams (and later the house rules and the queue).
 * Placeholders get text that is already SSML-escaped; counts go through i18next plurals.
 */
export const houseEn = {
  house: {
    queue: {
      cardTitle: 'Winner stays: the line',
      cardEmpty: 'Nobody in line.',
      queued_one: '{{names}} is in line, number {{position}}.',
      queued_other: '{{names}} are in line, number {{position}}.',
      onTable: '{{name}} is playing right now: the winners stay, so no need to queue.',
      alreadyQueued: '{{name}} is already in line.',
      wrongSize:
        'Challengers come alone or in pairs, each name once. Say, for example: Eve and Fred are next.',
      empty: 'Nobody is in line. Say, for example: Eve and Fred are next.',
      list: 'In line: {{list}}.',
      separator: ', then ',
      removed: '{{name}} is out of the line.',
      notQueued: '{{name}} is not in line.',
      whoLeaves: 'Who leaves the line?',
      cleared: 'The line is empty.',
      nextUp_one: 'Next up: {{winners}} stays, against {{challengers}}. Say: start the next match.',
      nextUp_other: 'Next up: {{winners}} stay, against {{challengers}}. Say: start the next match.',
      nobodyNext: 'Nobody in line can play the winners. Say, for example: Eve and Fred are next.',
    },
    rules: {
      said: 'Your house rules: {{gamelle}}; {{midfield}}; {{fanny}}.',
      gamelle_goal: 'a gamelle counts as a goal',
      gamelle_minusOne: 'a gamelle takes a point off the other team, never below zero',
      gamelle_minusOneBelowZero: 'a gamelle takes a point off the other team, even below zero',
      midfield_counts: 'a midfield goal counts',
      midfield_void: "a midfield goal doesn't count",
      midfield_double: 'a midfield goal counts double',
      fanny: 'a fanny is {{at}} to nil, and announced',
      fannyQuiet: 'a fanny is {{at}} to nil, not announced',
      set: 'Noted: {{rule}}. That counts from the next match.',
      badFanny: 'A fanny is from 1 to 99 goals to nil, so {{value}} is not a rule I can keep.',
      unknown:
        "I didn't catch that rule. You can say, for example: a gamelle takes a point off, or: a fanny at six nil.",
      unavailable: "Sorry, house rules can't be kept right now.",
      cardTitle: 'House rules',
    },
    goal: {
      midfield_counts: 'Midfield goal for {{names}}!',
      midfield_void: "Midfield goal for {{names}}: it doesn't count here.",
      midfield_double: 'Midfield goal for {{names}}! It counts double.',
      gamelleMinusOne: 'Gamelle for {{names}}! A point off {{others}}.',
      changed: 'Changed: the last goal of {{names}} is now {{kind}}. {{score}}',
      kind_goal: 'a normal goal',
      kind_gamelle: 'a gamelle',
      kind_midfield: 'a midfield goal',
    },
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
