/** English speech for tournaments. Placeholders are filled with text that is already SSML-escaped. */
export const tournamentEn = {
  tournament: {
    format: {
      round_robin: 'round robin',
      knockout: 'knockout',
      monster_dyp: 'Monster DYP',
      swiss: 'Swiss',
      double_elimination: 'double elimination',
      last_man_standing: 'last man standing',
    },
    inRounds_one: 'in {{count}} round',
    inRounds_other: 'in {{count}} rounds',
    livesEach_one: 'with {{count}} life each',
    livesEach_other: 'with {{count}} lives each',
    thenPlayoff: 'then a knockout of the best {{count}}',
    stage: {
      winners: "winners' bracket",
      losers: "losers' bracket",
      grand_final: 'grand final',
      reset: 'grand final reset',
      playoff: 'knockout stage',
    },
    progressOpen: 'Round {{round}}: {{played}} played, at least {{left}} to go.',
    progressStage: 'Round {{round}}, {{stage}}: {{played}} played, at least {{left}} to go.',
    survivors_one: '{{count}} player still has lives, {{lives}} in all.',
    survivors_other: '{{count}} players still have lives, {{lives}} in all.',
    standingsLives_one: '{{position}}: {{names}}, {{count}} life left, {{wins}}.',
    standingsLives_other: '{{position}}: {{names}}, {{count}} lives left, {{wins}}.',
    wins_one: '{{count}} win',
    wins_other: '{{count}} wins',
    standingsOut: '{{position}}: {{names}}, out in round {{round}}.',
    oneLoss: 'One loss: {{names}}.',
    bracketRound: 'Round {{round}}. Still in: {{stillIn}}.',
    mode: {
      singles: 'singles',
      doubles: 'doubles, fixed teams',
      monster_dyp: 'doubles, partners drawn every round',
    },
    /** Spoken positions; past ten, `ordinal` with a number. */
    ordinalWord: {
      1: 'first',
      2: 'second',
      3: 'third',
      4: 'fourth',
      5: 'fifth',
      6: 'sixth',
      7: 'seventh',
      8: 'eighth',
      9: 'ninth',
      10: 'tenth',
    },
    ordinal_one: '{{count}}st',
    ordinal_two: '{{count}}nd',
    ordinal_few: '{{count}}rd',
    ordinal_other: '{{count}}th',
    entrantsAnd: ', as well as ',
    askFormat:
      'Which format: round robin, knockout, Monster DYP, Swiss, double elimination, or last man standing?',
    askFormatReprompt:
      'Say: round robin, knockout, Monster DYP, Swiss, double elimination, or last man standing.',
    askMode: 'Singles or doubles?',
    askModeReprompt: 'Say: singles, or doubles.',
    askPlayers: "Who's playing? Say their first names, for example: Alice and Bob and Carol and Dave.",
    askPlayersReprompt: 'Say the first names, with and between them: Alice and Bob and Carol.',
    created:
      'Tournament created: {{format}}, {{mode}}, with {{entrants}}. {{rules}} To add someone, say: add, then a first name. To begin, say: start the tournament.',
    createdEmpty:
      'Tournament created: {{format}}, {{mode}}. {{rules}} To add players, say: add, then a first name.',
    /** Plural by the number of names added; the total follows in `playersSoFar`. */
    joined_one: '{{names}} joins the tournament.',
    joined_other: '{{names}} join the tournament.',
    playersSoFar_one: '{{count}} player so far.',
    playersSoFar_other: '{{count}} players so far.',
    waitingPartner: '{{name}} is waiting for a partner: add one more player.',
    alreadyIn: "{{player}} is already in the tournament, so I didn't add anyone.",
    removed_one: '{{player}} is out of the tournament. {{count}} player left.',
    removed_other: '{{player}} is out of the tournament. {{count}} players left.',
    rulesChanged: 'Done: tournament matches are played {{rules}}.',
    started:
      'The tournament begins! {{format}}, {{count}} entrants. {{rounds}} {{next}} Say: start the next match.',
    roundsPlanned_one: 'One round.',
    roundsPlanned_other: '{{count}} rounds.',
    livesPlanned_one: '{{count}} life each.',
    livesPlanned_other: '{{count}} lives each.',
    twoLossesOut: 'Two losses and you are out.',
    qualified: 'The group stage is over: {{names}} go through to the knockout.',
    byes_one: '{{names}} goes straight through to round two.',
    byes_other: '{{names}} go straight through to round two.',
    nextMatch: 'Next match, round {{round}}: {{red}} on red against {{blue}} on blue.',
    sittingOut_one: '{{names}} sits this round out.',
    sittingOut_other: '{{names}} sit this round out.',
    nextMatchPrompt: 'Say: start the next match.',
    roundInPlay:
      "Round {{round}}'s last matches are on: {{matches}}. The next round is drawn once they're over.",
    versus: '{{red}} against {{blue}}',
    matchStarted:
      'Round {{round}}, match {{number}}! Red: {{red}}. Blue: {{blue}}. {{rules}} Have a good game!',
    matchReplayed:
      'The abandoned match is played again. Red: {{red}}. Blue: {{blue}}. {{rules}} Have a good game!',
    matchStartedReprompt: 'Say: goal for the reds, or goal for the blues, when someone scores.',
    forfeit_one: '{{player}} forfeits: {{winners}} wins by walkover, {{high}} to nothing.',
    forfeit_other: '{{player}} forfeits: {{winners}} win by walkover, {{high}} to nothing.',
    forfeitAbandoned: 'The match on the table is stopped.',
    standingsHeader_one: 'Standings after {{count}} match:',
    standingsHeader_other: 'Standings after {{count}} matches:',
    standingsEmpty: 'No match has been played yet.',
    standingsRow_one:
      '{{position}}: {{names}}, {{points}} points, {{wins}} win, goal difference {{difference}}.',
    standingsRow_other:
      '{{position}}: {{names}}, {{points}} points, {{wins}} wins, goal difference {{difference}}.',
    tiedPosition: '{{position}}, tied',
    leftTournament: '{{names}}, who left',
    knockoutStandings: 'Round {{round}} of {{total}}. Still in: {{stillIn}}.',
    playoffStandings: 'Knockout stage, round {{round}} of {{total}}. Still in: {{stillIn}}.',
    knockedOut: 'Knocked out: {{out}}.',
    knockedOutIn: '{{names}} in round {{round}}',
    progressRegistering_one:
      "The tournament hasn't started: {{count}} player is in. Say: start the tournament.",
    progressRegistering_other:
      "The tournament hasn't started: {{count}} players are in. Say: start the tournament.",
    progressRunning: 'Round {{round}} of {{total}}: {{played}} played, {{left}} to go.',
    progressInPlay: 'On the table: {{matches}}.',
    progressFinished: 'The tournament is over. {{podium}}',
    progressAbandoned: 'The tournament was abandoned.',
    podiumWinner_one: '{{names}} wins the tournament!',
    podiumWinner_other: '{{names}} win the tournament!',
    podiumPlace: '{{position}}: {{names}}.',
    tournamentOver: 'That was the last match: the tournament is over!',
    abandonConfirm: 'Do you really want to abandon the tournament? {{progress}}',
    abandonConfirmReprompt: 'Should I abandon the tournament? Say yes or no.',
    abandoned: 'Tournament abandoned. Its standings stay available.',
    kept: 'OK, the tournament goes on.',
    help: {
      registering:
        'A tournament is taking players. Say: add Eve, remove Bob, tournament matches to seven, or: start the tournament. What next?',
      running:
        "A tournament is on. Say: what's the next match, start the next match, Bob forfeits, tournament standings, or: which round are we in. What next?",
    },
    errors: {
      noTournament: "There's no tournament. To create one, say: create a round robin tournament.",
      tournamentUnderWay:
        'A tournament is already under way. Say: abandon the tournament, first, to create a new one.',
      tooFewEntrants_one:
        'This tournament needs at least {{minimum}} players, and {{count}} is in. Say: add, then a first name.',
      tooFewEntrants_other:
        'This tournament needs at least {{minimum}} players, and {{count}} are in. Say: add, then a first name.',
      tooManyEntrants: 'A tournament takes at most {{maximum}} entrants.',
      oddPlayerCount:
        'Fixed doubles need an even number of players, and {{count}} are in. Add or remove someone.',
      tournamentAlreadyStarted: "The tournament has started: its players can't change any more.",
      knockoutStageDrawn:
        "The knockout stage is drawn: its players can't change any more, nobody joins or leaves.",
      tournamentNotStarted: "The tournament hasn't started yet. Say: start the tournament.",
      tournamentOver: {
        finished: 'The tournament is over. To play another, say: create a tournament.',
        abandoned: 'The tournament was abandoned. To play another, say: create a tournament.',
      },
      playerNotInTournament: "{{player}} isn't in the tournament.",
      playerHasMatchToPlay: '{{player}} still has a match to play this round. Try again after it.',
      nothingToForfeit: '{{player}} has no match left to play this round.',
      roundNotFinished: "This round's last matches are on. The next round is drawn once they're over.",
      tournamentMovedOn:
        'The tournament has moved on: matches drawn after that one have started, so its result stays.',
      invalidRoundCount: 'A Monster DYP is played over one to fifty rounds.',
      invalidSwissRounds_one: 'This Swiss is played over {{count}} round at most.',
      invalidSwissRounds_other: 'This Swiss is played over one to {{count}} rounds. Nothing was changed.',
      invalidLives_one: 'A last man standing gives {{count}} life.',
      invalidLives_other: 'A last man standing gives one to {{count}} lives each. Nothing was created.',
      invalidPlayoff:
        'A knockout stage takes the best four or the best eight, after a round robin or a Monster DYP. Nothing was created.',
    },
  },
};

export type TournamentResources = typeof tournamentEn;
