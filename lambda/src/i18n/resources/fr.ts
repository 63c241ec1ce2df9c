import type { SpeechResources } from './en';

/** Paroles en français. Les valeurs insérées sont déjà échappées pour le SSML. */
export const fr: SpeechResources = {
  common: {
    and: 'et',
    listSeparator: ', ',
    of: 'de {{name}}',
    ofVowel: "d'{{name}}",
    team: { red: 'rouges', blue: 'bleus' },
  },
  launch: {
    noMatch:
      'Bienvenue au babyfoot ! Pour jouer, dites : lance un match entre Alice et Bob, ou : lance un match en double. Que voulez-vous faire ?',
    running: 'Re-bonjour ! {{score}} Dites : but pour les rouges, ou demandez : quel est le score ?',
    paused: 'Re-bonjour ! Le match est en pause. {{score}} Dites : reprends le match, pour continuer.',
    finished: 'Re-bonjour ! {{result}} Dites : lance un match, pour en commencer un nouveau.',
    reprompt: 'Vous pouvez dire : lance un match entre Alice et Bob, ou : aide.',
  },
  start: {
    colourNotName: "Les {{team}}, c'est une équipe : il me faut les prénoms des joueurs.",
    askRed: 'Qui joue chez les rouges ?',
    askRedPartner: 'Qui joue avec {{name}} chez les rouges ?',
    askBlue: 'Qui joue chez les bleus ?',
    askBluePartner: 'Qui joue avec {{name}} chez les bleus ?',
    askReprompt: 'Dites-moi un prénom, par exemple : Alice.',
    rulesNoted: "D'accord, {{rules}}",
    alreadyOnRed: '{{player}} joue déjà chez les rouges. Qui joue chez les bleus à la place ?',
    namedTwice: '{{player}} est déjà dans ce match. Qui joue d’autre ?',
    confirmReplace: 'Un match est déjà en cours. {{score}} Voulez-vous l’abandonner et lancer le nouveau ?',
    confirmReplaceReprompt: 'J’abandonne le match en cours pour lancer le nouveau ? Dites oui ou non.',
    kept: "D'accord, le match en cours continue. {{score}}",
    started: "C'est parti ! Chez les rouges : {{red}}. Chez les bleus : {{blue}}. {{rules}} Bon match !",
    startedReprompt: "Dites : but pour les rouges, ou but pour les bleus, quand quelqu'un marque.",
    singlesWithFour:
      'Un match en simple se joue à un contre un, et vous avez nommé {{count}} joueurs. Pour jouer à deux contre deux, dites : lance un match en double.',
  },
  rules: {
    firstTo: 'en {{target}} points',
    winBy: 'avec {{winBy}} points d’écart',
    bestOf: 'au meilleur des {{bestOf}} manches',
    capped: 'plafonné à {{cap}}',
    itsf: 'règles ITSF : manches en {{target}} points, au meilleur des {{bestOf}}, la belle se gagne avec {{winBy}} points d’écart, plafonnée à {{cap}}',
    changed: 'Règles changées : {{rules}}.',
    sentence: 'Match {{rules}}.',
  },
  score: {
    noGoals: 'Pas encore de but.',
    tied: '{{points}} partout.',
    lead_one: '{{names}} mène {{high}} à {{low}}.',
    lead_other: '{{names}} mènent {{high}} à {{low}}.',
    game: 'Manche {{number}} sur {{bestOf}}.',
    gamesTied: 'Égalité, {{games}} manche partout.',
    gamesLead_one: '{{names}} mène {{high}} à {{low}} en manches.',
    gamesLead_other: '{{names}} mènent {{high}} à {{low}} en manches.',
    matchPoint: 'Balle de match pour {{names}} !',
    gamePoint: 'Balle de manche pour {{names}} !',
    paused: 'Le match est en pause.',
  },
  result: {
    won_one: '{{names}} a gagné le match {{high}} à {{low}}.',
    won_other: '{{names}} ont gagné le match {{high}} à {{low}}.',
    wonGames_one: '{{names}} a gagné le match {{high}} manches à {{low}}.',
    wonGames_other: '{{names}} ont gagné le match {{high}} manches à {{low}}.',
    abandoned: 'Le dernier match a été abandonné.',
  },
  goal: {
    goal: 'But pour {{names}} !',
    gamelle: 'Gamelle pour {{names}} ! Elle compte.',
    scorer: 'But {{scorer}} !',
    scorerGamelle: 'Gamelle {{scorer}} ! Elle compte.',
    gameWon_one: '{{names}} gagne la manche {{number}}, {{high}} à {{low}}.',
    gameWon_other: '{{names}} gagnent la manche {{number}}, {{high}} à {{low}}.',
    nextGame: 'La manche {{number}} commence.',
    matchWon_one: '{{names}} gagne le match, {{high}} à {{low}} ! Bravo !',
    matchWon_other: '{{names}} gagnent le match, {{high}} à {{low}} ! Bravo !',
    matchWonGames_one: '{{names}} gagne le match, {{high}} manches à {{low}} ! Bravo !',
    matchWonGames_other: '{{names}} gagnent le match, {{high}} manches à {{low}} ! Bravo !',
    fanny_one: "Et c'est une fanny : {{names}} n'a pas marqué un seul but !",
    fanny_other: "Et c'est une fanny : {{names}} n'ont pas marqué un seul but !",
    whichTeam: 'Quelle équipe a marqué ? Dites : but pour les rouges, ou but pour les bleus.',
    duplicate: 'Ce but est déjà compté. {{score}}',
  },
  undo: {
    notTheirs:
      "Le dernier but est celui {{names}}, donc je n'ai rien changé. Pour l'annuler, dites : annule le dernier but. {{score}}",
    done: "J'ai annulé le dernier but, {{names}}. {{score}}",
    reopened:
      "J'ai annulé le but qui finissait le match, {{names}} : le match reprend, et il ne compte plus dans les résultats. {{score}}",
    duplicate: 'Ce but est déjà annulé. {{score}}',
  },
  pause: {
    done: 'Match en pause. {{score}} Dites : reprends le match, quand vous êtes prêts.',
    resumed: 'On reprend ! {{score}}',
  },
  abandon: {
    confirm: 'Voulez-vous vraiment abandonner le match ? {{score}}',
    confirmReprompt: "J'abandonne le match ? Dites oui ou non.",
    done: 'Match abandonné. Il ne comptera pas. Dites : lance un match, pour en commencer un nouveau.',
    kept: "D'accord, le match continue. {{score}}",
  },
  help: {
    none: 'Vous pouvez lancer un match : dites, lance un match entre Alice et Bob, ou, lance un match en double, Alice et Bob contre Carole et David. Ajoutez des règles comme : en 5 points, ou : au meilleur des trois manches. Que voulez-vous faire ?',
    running:
      'Le match est en cours. Dites : but pour les rouges, ou but pour Alice. Vous pouvez aussi dire : annule le dernier but, quel est le score, pause, ou abandonne le match. Et maintenant ?',
    paused:
      'Le match est en pause. Dites : reprends le match, pour continuer, quel est le score, ou : abandonne le match. Et maintenant ?',
    reprompt: 'Que voulez-vous faire ?',
  },
  stop: {
    bye: 'À bientôt au babyfoot !',
    noNewMatch: "D'accord, pas de nouveau match.",
    noNewTournament: "D'accord, pas de nouveau tournoi.",
    noLink: "D'accord, rien ne change pour cet appareil.",
  },
  repeat: {
    nothing: "Je n'ai encore rien dit dans cette session. Dites aide pour savoir ce que vous pouvez faire.",
  },
  fallback: {
    text: "Désolé, je n'ai pas compris. Vous pouvez dire : quel est le score, but pour les rouges, ou aide.",
    running:
      "Désolé, je n'ai pas compris. Le match est en cours : dites but pour les rouges, but pour Alice, annule le dernier but, ou quel est le score.",
    paused:
      "Désolé, je n'ai pas compris. Le match est en pause : dites on reprend, quel est le score, ou abandonne le match.",
    registering:
      "Désolé, je n'ai pas compris. Un tournoi prend des inscriptions : dites ajoute Eve, retire Bob, ou lance le tournoi.",
    tournament:
      "Désolé, je n'ai pas compris. Un tournoi est en cours : dites quel est le prochain match, lance le prochain match, ou classement du tournoi.",
    none: "Désolé, je n'ai pas compris. Pour jouer, dites : lance un match entre Alice et Bob. Vous pouvez aussi demander : qui est le meilleur ?",
    reprompt: 'Dites aide pour savoir ce que vous pouvez faire.',
    again: "Désolé, je n'ai pas compris.",
  },
  yesNo: { nothingPending: "Je n'ai pas posé de question. Dites aide pour savoir ce que vous pouvez faire." },
  errors: {
    teamColourNotPlayer:
      "Les {{team}}, c'est une équipe, pas un joueur. Donnez un prénom, par exemple : Alice.",
    noMatchRunning: 'Aucun match en cours. Pour en lancer un, dites : lance un match entre Alice et Bob.',
    matchAlreadyRunning: "Un match est déjà en cours. Dites d'abord : abandonne le match.",
    matchPaused: 'Le match est en pause, ce but ne compte pas. Dites : reprends le match, pour continuer.',
    matchNotPaused: "Le match n'est pas en pause.",
    matchAlreadyPaused: 'Le match est déjà en pause. Dites : reprends le match, pour continuer.',
    nothingToUndo: "Il n'y a aucun but à annuler.",
    samePlayerOnBothTeams: '{{player}} ne peut pas jouer dans les deux équipes.',
    duplicatePlayer: '{{player}} est nommé deux fois.',
    wrongTeamSize: 'Un match en {{mode}} se joue à {{needed}} joueurs.',
    playerNotInMatch:
      '{{player}} ne joue pas dans ce match. Dites : but pour les rouges, ou but pour les bleus.',
    invalidRules: {
      target: 'Une manche peut se jouer de 1 à 99 points.',
      bestOf: 'Un match peut se jouer au meilleur de 1, 3, 5, 7 ou 9 manches.',
      winBy: "L'écart pour gagner peut aller de 1 à 5 points.",
      belowScore: 'Le score a déjà dépassé cela, je garde les règles actuelles.',
    },
    noTableLinked:
      "Cet appareil Echo n'est relié à aucun babyfoot. Dites : associe le babyfoot, suivi du code affiché sur la table.",
    playedGameRules: 'Ces règles changeraient une manche déjà jouée, je garde les règles actuelles.',
    busy: 'Le babyfoot est occupé à l’instant. Pouvez-vous répéter ?',
    malformed: "Désolé, je n'ai pas pu lire cette requête.",
    generic: "Désolé, un problème est survenu de mon côté. Réessayez s'il vous plaît.",
  },
  mode: { singles: 'simple', doubles: 'double' },
};
