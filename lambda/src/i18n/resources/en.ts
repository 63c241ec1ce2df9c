/** English speech. Placeholders are filled with text that is already SSML-escaped. */
export const en = {
  common: {
    and: 'and',
    listSeparator: ', ',
    /** Who a goal or an undo is attributed to (French elides "de" before a vowel). */
    of: '{{name}}',
    ofVowel: '{{name}}',
    team: { red: 'red', blue: 'blue' },
  },
  launch: {
    noMatch:
      'Welcome to Babyfoot! To play, say: start a match between Alice and Bob, or: start a doubles match. What would you like to do?',
    running: "Welcome back! {{score}} Say: goal for the reds, or ask: what's the score?",
    paused: 'Welcome back! The match is paused. {{score}} Say: resume, to play on.',
    finished: 'Welcome back! {{result}} Say: start a match, for a new one.',
    reprompt: 'You can say: start a match between Alice and Bob, or: help.',
  },
  start: {
    colourNotName: "That's the {{team}} team: I need the players' names.",
    askRed: 'Who plays red?',
    askRedPartner: 'Who plays with {{name}} on red?',
    askBlue: 'Who plays blue?',
    askBluePartner: 'Who plays with {{name}} on blue?',
    askReprompt: 'Tell me a first name, for example: Alice.',
    rulesNoted: 'OK, {{rules}}',
    alreadyOnRed: '{{player}} is already on red. Who plays blue instead?',
    namedTwice: '{{player}} is already in this match. Who else plays?',
    confirmReplace: 'A match is already on. {{score}} Do you want to abandon it and start the new one?',
    confirmReplaceReprompt: 'Should I abandon the current match and start the new one? Say yes or no.',
    kept: 'OK, the current match goes on. {{score}}',
    started: 'Match on! Red: {{red}}. Blue: {{blue}}. {{rules}} Have a good game!',
    startedReprompt: 'Say: goal for the reds, or goal for the blues, when someone scores.',
    singlesWithFour:
      'A singles match is one against one, and you named {{count}} players. For two against two, say: start a doubles match.',
  },
  rules: {
    firstTo: 'first to {{target}}',
    winBy: 'with a {{winBy}}-point lead',
    bestOf: 'best of {{bestOf}} games',
    capped: 'capped at {{cap}}',
    itsf: 'ITSF rules: games to {{target}}, best of {{bestOf}}, the deciding game won by {{winBy}} and capped at {{cap}}',
    changed: 'Rules changed: {{rules}}.',
    sentence: '{{rules}}.',
  },
  score: {
    noGoals: 'No goals yet.',
    tied: "It's {{points}} all.",
    lead_one: '{{names}} leads {{high}} to {{low}}.',
    lead_other: '{{names}} lead {{high}} to {{low}}.',
    game: 'Game {{number}} of {{bestOf}}.',
    gamesTied: 'Games are level, {{games}} all.',
    gamesLead_one: '{{names}} leads {{high}} to {{low}} in games.',
    gamesLead_other: '{{names}} lead {{high}} to {{low}} in games.',
    matchPoint: 'Match point for {{names}}!',
    gamePoint: 'Game point for {{names}}!',
    paused: 'The match is paused.',
  },
  result: {
    won_one: '{{names}} won the match {{high}} to {{low}}.',
    won_other: '{{names}} won the match {{high}} to {{low}}.',
    wonGames_one: '{{names}} won the match {{high}} games to {{low}}.',
    wonGames_other: '{{names}} won the match {{high}} games to {{low}}.',
    abandoned: 'The last match was abandoned.',
  },
  goal: {
    goal: 'Goal for {{names}}!',
    gamelle: 'Gamelle for {{names}}! It counts.',
    scorer: 'Goal by {{scorer}}!',
    scorerGamelle: 'Gamelle by {{scorer}}! It counts.',
    gameWon_one: '{{names}} wins game {{number}}, {{high}} to {{low}}.',
    gameWon_other: '{{names}} win game {{number}}, {{high}} to {{low}}.',
    nextGame: 'Game {{number}} starts now.',
    matchWon_one: '{{names}} wins the match, {{high}} to {{low}}! Congratulations!',
    matchWon_other: '{{names}} win the match, {{high}} to {{low}}! Congratulations!',
    matchWonGames_one: '{{names}} wins the match, {{high}} games to {{low}}! Congratulations!',
    matchWonGames_other: '{{names}} win the match, {{high}} games to {{low}}! Congratulations!',
    fanny_one: "And that's a fanny: {{names}} didn't score a single goal!",
    fanny_other: "And that's a fanny: {{names}} didn't score a single goal!",
    whichTeam: 'Which team scored? Say: goal for the reds, or goal for the blues.',
    duplicate: 'That goal was already counted. {{score}}',
  },
  undo: {
    notTheirs:
      'The last goal was scored by {{names}}, so I changed nothing. To take it back, say: undo the last goal. {{score}}',
    done: 'I removed the last goal, by {{names}}. {{score}}',
    reopened:
      "I removed the goal that ended the match, by {{names}}: the match is back on, and it isn't in the results any more. {{score}}",
    duplicate: 'That goal was already taken back. {{score}}',
  },
  pause: {
    done: 'Match paused. {{score}} Say: resume, when you are ready.',
    resumed: 'Play on! {{score}}',
  },
  abandon: {
    confirm: 'Do you really want to abandon the match? {{score}}',
    confirmReprompt: 'Should I abandon the match? Say yes or no.',
    done: 'Match abandoned. It will not count. Say: start a match, for a new one.',
    kept: 'OK, the match goes on. {{score}}',
  },
  help: {
    none: 'You can start a match: say, start a match between Alice and Bob, or, start a doubles match, Alice and Bob versus Carol and Dave. Add rules like: first to 5, or: best of three. What would you like to do?',
    running:
      "The match is on. Say: goal for the reds, or goal for Alice. You can also say: undo the last goal, what's the score, pause, or abandon the match. What next?",
    paused:
      "The match is paused. Say: resume, to play on, what's the score, or: abandon the match. What next?",
    reprompt: 'What would you like to do?',
  },
  stop: {
    bye: 'See you soon at the table!',
    noNewMatch: 'OK, no new match.',
    noNewTournament: 'OK, no new tournament.',
    noLink: 'OK, this Echo stays as it was.',
  },
  repeat: { nothing: "I haven't said anything yet in this session. Say help to hear what you can do." },
  fallback: {
    text: "Sorry, I didn't get that. You can say: what's the score, goal for the reds, or help.",
    running:
      "Sorry, I didn't get that. The match is on: say goal for the reds, goal for Alice, undo the last goal, or what's the score.",
    paused:
      "Sorry, I didn't get that. The match is paused: say resume to play on, what's the score, or abandon the match.",
    registering:
      "Sorry, I didn't get that. A tournament is taking players: say add Eve, remove Bob, or start the tournament.",
    tournament:
      "Sorry, I didn't get that. A tournament is on: say what's the next match, start the next match, or tournament standings.",
    none: "Sorry, I didn't get that. To play, say: start a match between Alice and Bob. You can also ask: who's number one?",
    reprompt: 'Say help to hear what you can do.',
    again: "Sorry, I didn't get that.",
  },
  yesNo: { nothingPending: "There's no question pending. Say help to hear what you can do." },
  errors: {
    teamColourNotPlayer: "That's the {{team}} team, not a player. Name a player, for example: Alice.",
    noMatchRunning: 'No match is running. To start one, say: start a match between Alice and Bob.',
    matchAlreadyRunning: 'A match is already on. Say: abandon the match, first.',
    matchPaused: "The match is paused, so that goal doesn't count. Say: resume, to play on.",
    matchNotPaused: "The match isn't paused.",
    matchAlreadyPaused: 'The match is already paused. Say: resume, to play on.',
    nothingToUndo: "There's no goal to undo.",
    samePlayerOnBothTeams: "{{player}} can't play on both teams.",
    duplicatePlayer: '{{player}} is named twice.',
    wrongTeamSize: 'A {{mode}} match needs {{needed}} players.',
    playerNotInMatch:
      "{{player}} isn't playing in this match. Say: goal for the reds, or goal for the blues.",
    invalidRules: {
      target: 'A game can be played to anything from 1 to 99 points.',
      bestOf: 'A match can be best of 1, 3, 5, 7 or 9 games.',
      winBy: 'The winning lead can be from 1 to 5 points.',
      belowScore: 'The score is already past that, so I kept the rules as they were.',
    },
    noTableLinked:
      "This Echo isn't linked to a table yet. Say: link table, followed by the code shown on the table.",
    playedGameRules: 'Those rules would change a game already played, so I kept the rules as they were.',
    busy: 'The table is busy right now. Please say that again.',
    malformed: "Sorry, I couldn't read that request.",
    generic: 'Sorry, something went wrong on my side. Please try again.',
  },
  mode: { singles: 'singles', doubles: 'doubles' },
};

export type SpeechResources = typeof en;
