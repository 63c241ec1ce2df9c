/**
 * Paroles en français de la ligue : un babyfoot qui la rejoint, les saisons, les corrections
 * de matchs terminés et les changements de nom. Le texte des variables est déjà échappé pour SSML.
 */
export const leagueFr = {
  league: {
    display: {
      podiumTitle: 'Saison {{number}} : podium',
      player: 'Joueur',
      won: 'Gagnés',
      played: 'Joués',
      result: '{{winners}} {{high}}–{{low}} {{losers}}',
      correctedTitle: 'Match corrigé',
      deletedTitle: 'Match supprimé',
      before: 'Avant',
      now: 'Maintenant',
      deleted: 'Supprimé : ne compte plus',
      namesTitle: 'Nom changé',
      matches: 'Matchs',
      joinedTitle: 'Babyfoot ajouté à la ligue',
    },
    match: '{{winners}} contre {{losers}}, {{high}} à {{low}} pour {{winners}}',
    join: {
      done: "C'est fait : ce babyfoot joue maintenant dans votre ligue. Ses matchs comptent dans vos classements et vos stats.",
      already:
        'Ce babyfoot joue déjà dans votre ligue : tous les comptes reliés à lui partagent ses classements.',
      noOtherLeague:
        'Ce babyfoot est le seul de votre ligue : tous les comptes reliés à lui y jouent déjà. Pour y ajouter un second babyfoot, reliez-lui un appareil Echo avec son code, puis dites : ajoute ce babyfoot à notre ligue.',
      hasMatches:
        "Ce babyfoot a déjà sa propre ligue, avec ses propres matchs : ils restent avec lui. Un babyfoot ne peut rejoindre votre ligue qu'avant son premier match.",
      matchRunning:
        "Un match est en cours sur ce babyfoot. Terminez-le ou abandonnez-le d'abord, puis dites : ajoute ce babyfoot à notre ligue.",
    },
    season: {
      confirm_one:
        'On commence une nouvelle saison ? La saison {{number}} se termine avec {{count}} match, et les classements repartent de zéro.',
      confirm_other:
        'On commence une nouvelle saison ? La saison {{number}} se termine avec {{count}} matchs, et les classements repartent de zéro.',
      confirmCarry_one:
        'On commence une nouvelle saison en gardant les niveaux ? La saison {{number}} se termine avec {{count}} match ; les niveaux sont repris, adoucis.',
      confirmCarry_other:
        'On commence une nouvelle saison en gardant les niveaux ? La saison {{number}} se termine avec {{count}} matchs ; les niveaux sont repris, adoucis.',
      confirmReprompt: 'Dites oui pour clore la saison, ou non pour continuer celle-ci.',
      done: 'La saison {{number}} est terminée. {{podium}} La saison {{next}} commence maintenant : bonne chance à tous !',
      doneCarry:
        'La saison {{number}} est terminée. {{podium}} La saison {{next}} commence maintenant, avec les niveaux repris, adoucis.',
      podium: 'Le podium : {{steps}}.',
      stepSeparator: ' ; ',
      step_one: '{{place}}, {{name}} avec {{count}} victoire',
      step_other: '{{place}}, {{name}} avec {{count}} victoires',
      place_1: 'premier',
      place_2: 'deuxième',
      place_3: 'troisième',
      kept: "D'accord, la saison continue.",
      lastWinner: 'La saison {{number}} a été gagnée par {{name}}, avec {{wins}} sur {{games}}.',
      lastWinners:
        "La saison {{number}} s'est terminée sur une égalité en tête : {{names}}, avec {{wins}} chacun.",
    },
    correct: {
      confirmDelete: 'Supprimer le match {{match}} ? Il ne comptera plus nulle part.',
      confirmRescore: 'Corriger le match {{old}} en {{high}} à {{low}} pour {{winners}} ?',
      reprompt: 'Dites oui pour corriger, ou non pour le laisser tel quel.',
      deleted: 'Supprimé : {{match}} ne compte plus. Les classements et les stats sont recalculés sans lui.',
      rescored: 'Corrigé : {{match}}. Les classements et les stats sont recalculés.',
      kept: "D'accord, le match reste tel quel.",
      askScore: 'Quel était le bon score ? Dites par exemple : 10 à 8 pour les bleus.',
    },
    names: {
      confirmMerge:
        "{{from}} et {{to}}, c'est la même personne ? Les matchs {{ofFrom}} deviendront ceux {{ofTo}}.",
      confirmRename: 'Renommer {{from}} en {{to}} dans tous les matchs de la ligue ?',
      reprompt: 'Dites oui pour changer le nom, ou non pour le garder.',
      merged_one: "C'est fait : le match {{ofFrom}} est à {{to}} maintenant, et les stats sont recalculées.",
      merged_other:
        "C'est fait : les {{count}} matchs {{ofFrom}} sont à {{to}} maintenant, et les stats sont recalculées.",
      renamed: "C'est fait : {{from}} s'appelle {{to}} maintenant, dans tous les matchs de la ligue.",
      kept: "D'accord, les noms restent tels quels.",
      askNames: "Quels noms ? Dites par exemple : Alicia, c'est Alice. Ou : renomme Bob en Robert.",
    },
    errors: {
      noSuchMatch_one: "Il n'y a aucun match terminé à corriger.",
      noSuchMatch_other: 'Je ne trouve pas ce match parmi les 20 derniers de la ligue.',
      noSuchMatchBetween: 'Je ne trouve pas de match entre {{names}} parmi les 20 derniers de la ligue.',
      impossibleScore:
        'Un match en {{target}} ne peut pas finir {{high}} à {{low}}. Dites le score final, par exemple : 10 à 8 pour les bleus.',
      severalGames:
        "Ce match s'est joué en plusieurs manches : je ne peux pas changer son score. Vous pouvez le supprimer, en disant : supprime le dernier match.",
      nothingToCorrect: "C'est déjà le score de ce match : rien à changer.",
      playedTogether:
        '{{alias}} et {{player}} ont joué dans le même match : ce sont deux joueurs différents.',
      seasonEmpty: "La saison {{number}} n'a encore aucun match : il n'y a rien à clore.",
      noClosedSeason: "Aucune saison n'a encore été close. Pour clore celle-ci, dites : nouvelle saison.",
    },
  },
};
