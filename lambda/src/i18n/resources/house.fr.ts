/**
 * Paroles de la maison : équipes équilibrées (puis règles maison et file d'attente).
 * Les valeurs insérées sont déjà échappées pour le SSML ; les nombres passent par les pluriels d'i18next.
 */
export const houseFr = {
  house: {
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
