/**
 * Paroles de la maison : équipes équilibrées (puis règles maison et file d'attente).
 * Les valeurs insérées sont déjà échappées pour le SSML ; les nombres passent par les pluriels d'i18next.
 */
export const houseFr = {
  house: {
    queue: {
      cardTitle: 'Le gagnant reste : la file',
      cardEmpty: "Personne n'attend.",
      queued_one: '{{names}} est dans la file, en position {{position}}.',
      queued_other: '{{names}} sont dans la file, en position {{position}}.',
      onTable: '{{name}} joue en ce moment : les gagnants restent, pas besoin de faire la queue.',
      alreadyQueued: '{{name}} est déjà dans la file.',
      wrongSize:
        'On prend la suite seul ou à deux, chaque prénom une fois. Dites par exemple : Eve et Fred prennent la suite.',
      empty: "Personne n'attend. Dites par exemple : Eve et Fred prennent la suite.",
      list: 'Dans la file : {{list}}.',
      separator: ', puis ',
      removed: "{{name}} n'est plus dans la file.",
      notQueued: "{{name}} n'est pas dans la file.",
      whoLeaves: 'Qui quitte la file ?',
      cleared: 'La file est vide.',
      nextUp_one: 'Au suivant : {{winners}} reste, contre {{challengers}}. Dites : lance le match suivant.',
      nextUp_other:
        'Au suivant : {{winners}} restent, contre {{challengers}}. Dites : lance le match suivant.',
      nobodyNext:
        'Personne dans la file ne peut affronter les gagnants. Dites par exemple : Eve et Fred prennent la suite.',
    },
    rules: {
      said: 'Vos règles maison : {{gamelle}} ; {{midfield}} ; {{fanny}}.',
      gamelle_goal: 'une gamelle compte comme un but',
      gamelle_minusOne: "une gamelle enlève un point à l'autre équipe, jamais en dessous de zéro",
      gamelle_minusOneBelowZero: "une gamelle enlève un point à l'autre équipe, même en dessous de zéro",
      midfield_counts: 'un demi compte',
      midfield_void: 'un demi ne compte pas',
      midfield_double: 'un demi compte double',
      fanny: "la fanny, c'est {{at}} à zéro, et je l'annonce",
      fannyQuiet: "la fanny, c'est {{at}} à zéro, sans l'annoncer",
      set: "C'est noté : {{rule}}. Ça compte dès le prochain match.",
      badFanny:
        "Une fanny, c'est de 1 à 99 buts à zéro : {{value}}, ce n'est pas une règle que je peux garder.",
      unknown:
        "Je n'ai pas compris la règle. Dites par exemple : la gamelle enlève un point, ou : fanny à six zéro.",
      unavailable: 'Désolé, je ne peux pas garder de règles maison pour le moment.',
      cardTitle: 'Règles maison',
    },
    goal: {
      midfield_counts: 'Demi pour {{names}} !',
      midfield_void: 'Demi pour {{names}} : ici, il ne compte pas.',
      midfield_double: 'Demi pour {{names}} ! Il compte double.',
      gamelleMinusOne: 'Gamelle pour {{names}} ! Un point de moins pour {{others}}.',
      changed: "C'est corrigé : le dernier but {{of}} devient {{kind}}. {{score}}",
      kind_goal: 'un but normal',
      kind_gamelle: 'une gamelle',
      kind_midfield: 'un demi',
    },
    balanced: {
      doubles: 'Équipes les plus équilibrées : {{red}} contre {{blue}}, {{percent}} pour {{favourite}}.',
      singles: '{{red}} contre {{blue}} : {{percent}} pour {{favourite}}.',
      even: 'Équipes les plus équilibrées : {{red}} contre {{blue}}, à pile ou face.',
      evenSingles: '{{red}} contre {{blue}} : à pile ou face.',
      sittingOut_one: '{{names}} passe son tour.',
      sittingOut_other: '{{names}} passent leur tour.',
      confirm: 'On lance le match ?',
      confirmReplace: 'On le lance à la place du match en cours ?',
      reprompt: 'Dites oui pour lancer ce match, ou non.',
      denied: "D'accord, je ne lance pas de match.",
      wrongCount_one:
        "Pour des équipes équilibrées, il faut deux joueurs, ou de quatre à huit, et vous n'en avez nommé qu'un. Dites par exemple : fais des équipes équilibrées avec Alice et Bob et Carole et David.",
      wrongCount_other:
        'Pour des équipes équilibrées, il faut deux joueurs, ou de quatre à huit, et vous en avez nommé {{count}}. Dites par exemple : fais des équipes équilibrées avec Alice et Bob et Carole et David.',
      namedTwice: 'Vous avez nommé {{player}} deux fois : nommez chaque joueur une seule fois.',
      cardTitle: 'Équipes équilibrées',
      cardText: '{{red}} contre {{blue}} : {{percent}} % pour {{favourite}}',
    },
  },
};
