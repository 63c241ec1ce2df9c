import type { TournamentResources } from './tournament.en';

/** Paroles des tournois. Les valeurs insérées sont déjà échappées pour le SSML. */
export const tournamentFr: TournamentResources = {
  tournament: {
    format: {
      round_robin: 'championnat',
      knockout: 'élimination directe',
      monster_dyp: 'Monster DYP',
      swiss: 'système suisse',
      double_elimination: 'double élimination',
      last_man_standing: 'dernier survivant',
    },
    inRounds_one: 'en {{count}} tour',
    inRounds_other: 'en {{count}} tours',
    livesEach_one: 'à {{count}} vie chacun',
    livesEach_other: 'à {{count}} vies chacun',
    thenPlayoff: 'puis une phase finale des {{count}} meilleurs',
    stage: {
      winners: 'tableau principal',
      losers: 'tableau des perdants',
      grand_final: 'grande finale',
      reset: 'finale décisive',
      playoff: 'phase finale',
    },
    progressOpen: 'Tour {{round}} : {{played}} joués, au moins {{left}} à jouer.',
    progressStage: 'Tour {{round}}, {{stage}} : {{played}} joués, au moins {{left}} à jouer.',
    survivors_one: '{{count}} joueur a encore des vies, {{lives}} en tout.',
    survivors_other: '{{count}} joueurs ont encore des vies, {{lives}} en tout.',
    standingsLives_one: '{{position}} : {{names}}, {{count}} vie restante, {{wins}}.',
    standingsLives_other: '{{position}} : {{names}}, {{count}} vies restantes, {{wins}}.',
    wins_one: '{{count}} victoire',
    wins_other: '{{count}} victoires',
    standingsOut: '{{position}} : {{names}}, éliminé au tour {{round}}.',
    oneLoss: 'Une défaite : {{names}}.',
    bracketRound: 'Tour {{round}}. Encore en lice : {{stillIn}}.',
    mode: {
      singles: 'en simple',
      doubles: 'en double, équipes fixes',
      monster_dyp: 'en double, partenaires tirés au sort à chaque tour',
    },
    ordinalWord: {
      1: 'premier',
      2: 'deuxième',
      3: 'troisième',
      4: 'quatrième',
      5: 'cinquième',
      6: 'sixième',
      7: 'septième',
      8: 'huitième',
      9: 'neuvième',
      10: 'dixième',
    },
    ordinal_one: '{{count}}er',
    ordinal_two: '{{count}}e',
    ordinal_few: '{{count}}e',
    ordinal_other: '{{count}}e',
    entrantsAnd: ', ainsi que ',
    askFormat:
      'Quel format : championnat, élimination directe, Monster DYP, système suisse, double élimination, ou dernier survivant ?',
    askFormatReprompt:
      'Dites : championnat, élimination directe, Monster DYP, suisse, double élimination, ou dernier survivant.',
    askMode: 'En simple ou en double ?',
    askModeReprompt: 'Dites : en simple, ou en double.',
    askPlayers: 'Qui joue ? Dites les prénoms, par exemple : Alice et Bob et Carole et David.',
    askPlayersReprompt: 'Dites les prénoms, avec et entre eux : Alice et Bob et Carole.',
    created:
      "Tournoi créé : {{format}}, {{mode}}, avec {{entrants}}. {{rules}} Pour ajouter quelqu'un, dites : ajoute, puis un prénom. Pour commencer, dites : lance le tournoi.",
    createdEmpty:
      'Tournoi créé : {{format}}, {{mode}}. {{rules}} Pour inscrire des joueurs, dites : ajoute, puis un prénom.',
    /** Plural by the number of names added; the total follows in `playersSoFar`. */
    joined_one: '{{names}} rejoint le tournoi.',
    joined_other: '{{names}} rejoignent le tournoi.',
    playersSoFar_one: '{{count}} joueur inscrit.',
    playersSoFar_other: '{{count}} joueurs inscrits.',
    waitingPartner: '{{name}} attend un partenaire : ajoutez encore un joueur.',
    alreadyIn: "{{player}} fait déjà partie du tournoi : je n'ai ajouté personne.",
    removed_one: '{{player}} ne fait plus partie du tournoi. {{count}} joueur inscrit.',
    removed_other: '{{player}} ne fait plus partie du tournoi. {{count}} joueurs inscrits.',
    rulesChanged: "C'est noté : les matchs du tournoi se jouent {{rules}}.",
    started:
      'Le tournoi commence ! {{format}}, {{count}} participants. {{rounds}} {{next}} Dites : lance le prochain match.',
    roundsPlanned_one: 'Un seul tour.',
    roundsPlanned_other: '{{count}} tours.',
    livesPlanned_one: '{{count}} vie chacun.',
    livesPlanned_other: '{{count}} vies chacun.',
    twoLossesOut: 'Deux défaites et on est éliminé.',
    qualified: 'Fin de la phase de groupes : {{names}} se qualifient pour la phase finale.',
    byes_one: '{{names}} passe directement au deuxième tour.',
    byes_other: '{{names}} passent directement au deuxième tour.',
    nextMatch: 'Prochain match, tour {{round}} : {{red}} chez les rouges contre {{blue}} chez les bleus.',
    sittingOut_one: '{{names}} est au repos ce tour-ci.',
    sittingOut_other: '{{names}} sont au repos ce tour-ci.',
    nextMatchPrompt: 'Dites : lance le prochain match.',
    roundInPlay:
      'Les derniers matchs du tour {{round}} sont en cours : {{matches}}. Le tour suivant sera tiré ensuite.',
    versus: '{{red}} contre {{blue}}',
    matchStarted:
      'Tour {{round}}, match {{number}} ! Chez les rouges : {{red}}. Chez les bleus : {{blue}}. {{rules}} Bon match !',
    matchReplayed:
      'Le match abandonné se rejoue. Chez les rouges : {{red}}. Chez les bleus : {{blue}}. {{rules}} Bon match !',
    matchStartedReprompt: "Dites : but pour les rouges, ou but pour les bleus, quand quelqu'un marque.",
    forfeit_one: '{{player}} déclare forfait : victoire {{winners}} par forfait, {{high}} à zéro.',
    forfeit_other: '{{player}} déclare forfait : victoire {{winners}} par forfait, {{high}} à zéro.',
    forfeitAbandoned: 'Le match en cours sur la table est arrêté.',
    standingsHeader_one: 'Classement après {{count}} match :',
    standingsHeader_other: 'Classement après {{count}} matchs :',
    standingsEmpty: "Aucun match n'a encore été joué.",
    standingsRow_one:
      '{{position}} : {{names}}, {{points}} points, {{wins}} victoire, différence de buts {{difference}}.',
    standingsRow_other:
      '{{position}} : {{names}}, {{points}} points, {{wins}} victoires, différence de buts {{difference}}.',
    tiedPosition: '{{position}} ex æquo',
    leftTournament: '{{names}}, qui est parti',
    knockoutStandings: 'Tour {{round}} sur {{total}}. Encore en lice : {{stillIn}}.',
    playoffStandings: 'Phase finale, tour {{round}} sur {{total}}. Encore en lice : {{stillIn}}.',
    knockedOut: 'Éliminés : {{out}}.',
    knockedOutIn: '{{names}} au tour {{round}}',
    progressRegistering_one:
      "Le tournoi n'a pas commencé : {{count}} joueur inscrit. Dites : lance le tournoi.",
    progressRegistering_other:
      "Le tournoi n'a pas commencé : {{count}} joueurs inscrits. Dites : lance le tournoi.",
    progressRunning: 'Tour {{round}} sur {{total}} : {{played}} matchs joués, {{left}} à jouer.',
    progressInPlay: 'Sur la table : {{matches}}.',
    progressFinished: 'Le tournoi est terminé. {{podium}}',
    progressAbandoned: 'Le tournoi a été abandonné.',
    podiumWinner_one: '{{names}} remporte le tournoi !',
    podiumWinner_other: '{{names}} remportent le tournoi !',
    podiumPlace: '{{position}} : {{names}}.',
    tournamentOver: "C'était le dernier match : le tournoi est terminé !",
    abandonConfirm: 'Voulez-vous vraiment abandonner le tournoi ? {{progress}}',
    abandonConfirmReprompt: 'Faut-il abandonner le tournoi ? Dites oui ou non.',
    abandoned: 'Tournoi abandonné. Son classement reste disponible.',
    kept: "D'accord, le tournoi continue.",
    help: {
      registering:
        'Un tournoi prend les inscriptions. Dites : ajoute Eve, retire Bob, tournoi en sept points, ou : lance le tournoi. Que voulez-vous faire ?',
      running:
        'Un tournoi est en cours. Dites : quel est le prochain match, lance le prochain match, Bob déclare forfait, classement du tournoi, ou : où en est le tournoi. Que voulez-vous faire ?',
    },
    errors: {
      noTournament: "Il n'y a pas de tournoi. Pour en créer un, dites : crée un championnat.",
      tournamentUnderWay:
        "Un tournoi est déjà en cours. Pour en créer un autre, dites d'abord : abandonne le tournoi.",
      tooFewEntrants_one:
        'Ce tournoi demande au moins {{minimum}} joueurs, et {{count}} est inscrit. Dites : ajoute, puis un prénom.',
      tooFewEntrants_other:
        'Ce tournoi demande au moins {{minimum}} joueurs, et {{count}} sont inscrits. Dites : ajoute, puis un prénom.',
      tooManyEntrants: 'Un tournoi accepte au plus {{maximum}} participants.',
      oddPlayerCount:
        "En double à équipes fixes, il faut un nombre pair de joueurs, et {{count}} sont inscrits. Ajoutez ou retirez quelqu'un.",
      tournamentAlreadyStarted: 'Le tournoi a commencé : ses participants ne peuvent plus changer.',
      knockoutStageDrawn:
        'La phase finale est tirée : ses participants ne changent plus, personne ne rejoint ni ne quitte le tournoi.',
      tournamentNotStarted: "Le tournoi n'a pas encore commencé. Dites : lance le tournoi.",
      tournamentOver: {
        finished: 'Le tournoi est terminé. Pour en jouer un autre, dites : crée un tournoi.',
        abandoned: 'Le tournoi a été abandonné. Pour en jouer un autre, dites : crée un tournoi.',
      },
      playerNotInTournament: '{{player}} ne fait pas partie du tournoi.',
      playerHasMatchToPlay: '{{player}} a encore un match à jouer dans ce tour. Réessayez après ce match.',
      nothingToForfeit: "{{player}} n'a plus de match à jouer dans ce tour.",
      roundNotFinished:
        'Les derniers matchs du tour sont en cours. Le tour suivant sera tiré quand ils seront finis.',
      tournamentMovedOn:
        'Le tournoi a avancé : des matchs tirés après celui-là ont commencé, son résultat reste.',
      invalidRoundCount: 'Un Monster DYP se joue en un à cinquante tours.',
      invalidSwissRounds_one: 'Ce tournoi suisse se joue en {{count}} ronde au plus.',
      invalidSwissRounds_other: "Ce tournoi suisse se joue en une à {{count}} rondes. Rien n'a changé.",
      invalidLives_one: 'Un dernier survivant donne {{count}} vie.',
      invalidLives_other:
        "Un dernier survivant donne d'une à {{count}} vies chacun. Aucun tournoi n'a été créé.",
      invalidPlayoff:
        "Une phase finale prend les quatre ou les huit meilleurs, après un championnat ou un Monster DYP. Aucun tournoi n'a été créé.",
    },
  },
};
