/**
 * What Alexa's own training maps to the built-in intents. The generated models leave their
 * samples empty (Alexa knows them), so the simulator carries a small share of that knowledge.
 * A built-in intent is only heard when the model declares it.
 */
export const builtInPhrases: Record<string, Record<string, string[]>> = {
  fr: {
    'AMAZON.HelpIntent': [
      'aide',
      'aide moi',
      "à l'aide",
      'au secours',
      'comment ça marche',
      "qu'est-ce que je peux dire",
    ],
    'AMAZON.StopIntent': [
      'stop',
      'arrête',
      'arrêter',
      'arrête toi',
      'tais toi',
      'ça suffit',
      'au revoir',
      'quitter',
    ],
    'AMAZON.CancelIntent': ['annule', 'annuler', 'laisse tomber', 'oublie', 'oublie ça'],
    'AMAZON.NavigateHomeIntent': ["retour à l'accueil", 'accueil', 'écran principal'],
    'AMAZON.YesIntent': [
      'oui',
      'ouais',
      'oui merci',
      "d'accord",
      'ok',
      'bien sûr',
      'vas y',
      'exactement',
      "c'est ça",
    ],
    'AMAZON.NoIntent': ['non', 'non merci', 'pas du tout', "ce n'est pas ça"],
    'AMAZON.PauseIntent': ['pause'],
    'AMAZON.ResumeIntent': ['reprends', 'reprendre', 'reprise', 'continue', 'continuer'],
    'AMAZON.RepeatIntent': [
      'répète',
      'répéter',
      "répète s'il te plaît",
      'tu peux répéter',
      'vous pouvez répéter',
      'redis',
      'redis moi',
      'pardon',
      'quoi',
      "qu'est-ce que tu as dit",
    ],
  },
  en: {
    'AMAZON.HelpIntent': ['help', 'help me', 'what can i say', 'how does it work', 'can you help me'],
    'AMAZON.StopIntent': ['stop', 'off', 'shut up', 'quit', 'exit', 'goodbye', 'bye', "that's enough"],
    'AMAZON.CancelIntent': ['cancel', 'never mind', 'forget it', 'cancel that'],
    'AMAZON.NavigateHomeIntent': ['go home', 'home', 'go to the home screen'],
    'AMAZON.YesIntent': ['yes', 'yeah', 'yep', 'yes please', 'sure', 'ok', 'okay', 'of course', 'correct'],
    'AMAZON.NoIntent': ['no', 'nope', 'no thanks', 'no thank you', 'not really'],
    'AMAZON.PauseIntent': ['pause', 'pause that'],
    'AMAZON.ResumeIntent': ['resume', 'continue', 'keep going'],
    'AMAZON.RepeatIntent': [
      'repeat',
      'repeat that',
      'say that again',
      'come again',
      'what did you say',
      'pardon',
      'sorry what',
    ],
  },
};
