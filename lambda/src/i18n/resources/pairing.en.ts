/** Speech for linking an Echo to a table, and for the table's sensor health. Values are SSML-escaped by the caller. */
export const pairingEn = {
  pairing: {
    askCode: 'Which code does the table show? Say its four digits.',
    askCodeReprompt: 'Say the four digits shown on the table, for example: four seven one two.',
    linked: 'Done: this Echo now drives the table {{table}}. Say: start a match, to play.',
    unlink: {
      done: 'Done: this Echo no longer drives the table {{table}}. To link it again, say: link table, followed by the code shown on the table.',
      none: "This Echo isn't linked to a table, so there's nothing to unlink.",
    },
    errors: {
      malformedPairingCode:
        'A table code has four digits. Say: link table, then the four digits shown on the table.',
      unknownPairingCode:
        'No table shows the code {{code}}. Check the code on the table, then say: link table, followed by the code.',
      expiredPairingCode:
        'The code {{code}} has expired. The table shows a new one on request: say link table, followed by the new code.',
      pairingLocked_one:
        'Too many wrong codes from this account. To keep tables safe from guessing, no code is accepted for now, not even the right one: try again in {{count}} minute.',
      pairingLocked_other:
        'Too many wrong codes from this account. To keep tables safe from guessing, no code is accepted for now, not even the right one: try again in {{count}} minutes.',
      unavailable: "Sorry, tables can't be linked right now. Please try again later.",
    },
  },
  health: {
    sensor: {
      blocked: "Heads up: the {{goal}} goal's sensor looks blocked.",
      noisy: "Heads up: the {{goal}} goal's sensor is misfiring.",
      unavailable: "Heads up: the table can't read the {{goal}} goal's sensor: give those goals by voice.",
    },
    goal: { red: 'red', blue: 'blue' },
  },
};

export type PairingResources = typeof pairingEn;
