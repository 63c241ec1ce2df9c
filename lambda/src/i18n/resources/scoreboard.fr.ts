import type { ScoreboardResources } from './scoreboard.en';

/** Le tableau des scores sur le web : paroles et carte du lien, libellés de la page. */
export const scoreboardFr: ScoreboardResources = {
  scoreboard: {
    link: {
      screenTitle: 'Scannez pour ouvrir le tableau des scores',
      screenUntil: 'Le lien marche jusqu’au {{until}}. La carte de l’application Alexa le donne aussi.',
      qrLabel: 'Code QR du lien du tableau des scores',
      sent: "J'ai mis le lien du tableau des scores dans l'application Alexa. Ouvrez-le sur un téléphone ou un écran mural. Toute personne qui a le lien voit vos scores ; dites : révoque le lien du tableau, pour le couper.",
      cardTitle: 'Tableau des scores du babyfoot',
      cardText:
        'Vos babyfoots en direct, en lecture seule :\n{{url}}\n\nIl marche jusqu’au {{until}} ; pour le garder plus longtemps, dites : « Alexa, demande à mon baby foot de prolonger le lien du tableau ». Toute personne qui a ce lien voit vos scores. Pour le couper, dites : « Alexa, demande à mon baby foot de révoquer le lien du tableau ».',
    },
    revoke: {
      done: "C'est fait : vos liens du tableau des scores ne marchent plus. Demandez-en un nouveau quand vous voulez.",
      none: "Il n'y a aucun lien du tableau à révoquer.",
    },
    renew: {
      done_one: "C'est fait : votre lien du tableau des scores marche maintenant jusqu'au {{until}}.",
      done_other:
        "C'est fait : vos {{count}} liens du tableau des scores marchent maintenant jusqu'au {{until}}.",
      none: "Aucun lien du tableau ne marche encore, il n'y a rien à prolonger. Dites : donne-moi le lien du tableau, pour en avoir un nouveau.",
    },
    unavailable: "Désolé, le tableau des scores sur le web n'est pas configuré pour cette skill.",
    ratings: {
      title: 'Le niveau au fil des matchs',
      lang: 'fr',
      intro:
        'Chaque ligne est le niveau d’un joueur après chacun de ses matchs ({{matches}} matchs, les plus anciens à gauche). Les {{top}} premiers sont tracés ; choisissez-en d’autres ci-dessous.',
      chartLabel: 'Niveau de {{names}} sur les {{matches}} derniers matchs',
      noMatches: 'Aucun match terminé : le graphique commence avec le premier.',
      ranking: 'Classement au niveau',
      rank: 'Rang',
      player: 'Joueur',
      rating: 'Niveau',
      trend: '5 derniers matchs',
      shown: 'Sur le graphique',
      show: 'Afficher',
      hide: 'Masquer',
      back: 'Retour au tableau des scores',
      toRatings: 'Le niveau au fil des matchs',
    },
    page: {
      title: 'Babyfoot : tableau des scores en direct',
      lang: 'fr',
      team: { red: 'Rouges', blue: 'Bleus' },
      state: { playing: 'En jeu', paused: 'En pause', finished: 'Terminé', abandoned: 'Abandonné' },
      target: 'En {{target}} points',
      game: 'Manche {{game}}, au meilleur des {{bestOf}}',
      games: 'Manches',
      wins: 'Victoire des {{team}} !',
      matchPoint: 'Balle de match pour les {{team}}',
      noTables:
        'Aucun match sur vos babyfoots pour le moment. Dites : « Alexa, demande à mon baby foot de lancer un match ».',
      recent: 'Derniers résultats',
      noResults: 'Aucun match terminé pour le moment.',
      fanny: 'fanny',
      rankings: 'Classement',
      rankingsFromStats: 'Victoires depuis le début · matchs joués : {{matches}}',
      rankingsFromHistory: 'Victoires des derniers matchs · matchs comptés : {{matches}}',
      won: 'Gagnés',
      played: 'Joués',
      sensor: {
        blocked: 'Le capteur du but {{goal}} semble bloqué',
        noisy: 'Le capteur du but {{goal}} semble déréglé',
        unavailable: "Le capteur du but {{goal}} n'est plus lu : buts à la voix",
      },
      goal: { red: 'rouge', blue: 'bleu' },
      presence: {
        online: 'Babyfoot connecté',
        offline: 'Babyfoot déconnecté : buts à la voix',
        offlineSince: 'Babyfoot déconnecté depuis {{time}} : buts à la voix',
      },
      offline: 'Connexion perdue, nouvel essai…',
      revoked:
        "Ce lien du tableau des scores ne marche pas : il a expiré, a été révoqué, ou n'a jamais existé. Demandez-en un nouveau à Alexa : « donne-moi le lien du tableau ».",
    },
  },
};
