/**
 * English speech for the league: tables joining it, seasons, corrections of finished matches
 * and name changes. Placeholders get text that is already SSML-escaped.
 */
export const leagueEn = {
  league: {
    display: {
      podiumTitle: 'Season {{number}}: podium',
      player: 'Player',
      won: 'Won',
      played: 'Played',
      result: '{{winners}} {{high}}–{{low}} {{losers}}',
      correctedTitle: 'Match corrected',
      deletedTitle: 'Match deleted',
      before: 'Before',
      now: 'Now',
      deleted: 'Deleted: counts nowhere',
      namesTitle: 'Name changed',
      matches: 'Matches',
      joinedTitle: 'Table joined the league',
    },
    match: '{{winners}} against {{losers}}, {{high}} to {{low}} for {{winners}}',
    join: {
      done: "Done: this table now plays in your league. Its matches count in your league's rankings and stats.",
      already: 'This table already plays in your league: every account linked to it shares its rankings.',
      noOtherLeague:
        'This table is the only one of your league: every account linked to it already plays in it. To bring a second table in, link an Echo to it with its code, then say: add this table to our league.',
      hasMatches:
        'This table already has its own league, with matches of its own: they stay with it. A table can join your league only before its first match.',
      matchRunning:
        'A match is running on this table. Finish it or abandon it first, then say: add this table to our league.',
    },
    season: {
      confirm_one:
        'Start a new season? Season {{number}} closes with {{count}} match, and the rankings start afresh.',
      confirm_other:
        'Start a new season? Season {{number}} closes with {{count}} matches, and the rankings start afresh.',
      confirmCarry_one:
        'Start a new season, keeping the ratings? Season {{number}} closes with {{count}} match; the ratings carry over, softened.',
      confirmCarry_other:
        'Start a new season, keeping the ratings? Season {{number}} closes with {{count}} matches; the ratings carry over, softened.',
      confirmReprompt: 'Say yes to close the season, or no to keep playing it.',
      done: 'Season {{number}} is closed. {{podium}} Season {{next}} starts now: good luck everyone!',
      doneCarry:
        'Season {{number}} is closed. {{podium}} Season {{next}} starts now, with the ratings carried over, softened.',
      podium: 'The podium: {{steps}}.',
      stepSeparator: '; ',
      step_one: '{{place}}, {{name}} with {{count}} win',
      step_other: '{{place}}, {{name}} with {{count}} wins',
      place_1: 'first',
      place_2: 'second',
      place_3: 'third',
      kept: 'OK, the season goes on.',
      lastWinner: 'Season {{number}} was won by {{name}}, with {{wins}} in {{games}}.',
      lastWinners: 'Season {{number}} ended with a tie at the top: {{names}}, with {{wins}} each.',
    },
    correct: {
      confirmDelete: 'Delete the match {{match}}? It will no longer count anywhere.',
      confirmRescore: 'Change the match {{old}} to {{high}} to {{low}} for {{winners}}?',
      reprompt: 'Say yes to correct it, or no to leave it as it is.',
      deleted: 'Deleted: {{match}} no longer counts. Rankings and stats are recounted without it.',
      rescored: 'Corrected: {{match}}. Rankings and stats are recounted.',
      kept: 'OK, the match stays as it was.',
      askScore: 'What was the right score? Say, for example: 10 to 8 for the blues.',
    },
    names: {
      confirmMerge: "Are {{from}} and {{to}} the same player? {{from}}'s matches will become {{to}}'s.",
      confirmRename: "Rename {{from}} to {{to}} in all of the league's matches?",
      reprompt: 'Say yes to change the name, or no to keep it.',
      merged_one: "Done: {{from}}'s match is {{to}}'s now, and the stats are recounted.",
      merged_other: "Done: {{from}}'s {{count}} matches are {{to}}'s now, and the stats are recounted.",
      renamed: 'Done: {{from}} is called {{to}} now, in every match of the league.',
      kept: 'OK, the names stay as they are.',
      askNames: 'Which names? Say, for example: Alicia is Alice. Or: rename Bob to Robert.',
    },
    errors: {
      noSuchMatch_one: 'There is no finished match to correct.',
      noSuchMatch_other: "I can't find that match among the league's last 20.",
      noSuchMatchBetween: "I can't find a match between {{names}} among the league's last 20.",
      impossibleScore:
        'A match to {{target}} cannot end {{high}} to {{low}}. Say the final score, for example: 10 to 8 for the blues.',
      severalGames:
        'That match was played over several games: I cannot change its score. You can delete it, with: delete the last match.',
      nothingToCorrect: 'That is already the score of that match: nothing to change.',
      playedTogether: '{{alias}} and {{player}} played in the same match: they are two different players.',
      seasonEmpty: 'Season {{number}} has no match yet: there is nothing to close.',
      noClosedSeason: 'No season has been closed yet. To close this one, say: start a new season.',
    },
  },
};
