import type { StatsResources } from './stats.en';

/**
 * Paroles des classements, statistiques et pronostics. Les valeurs arrivent déjà échappées
 * pour SSML ; les nombres passent par les pluriels d'i18next (ordinaux : « 1er », « 2e »).
 */
export const statsFr: StatsResources = {
  stats: {
    help: 'Pour les classements, demandez : qui est le meilleur ? Ou : les stats de Bob.',
    reprompt: "Vous pouvez demander : où se classe Alice ? Ou : le bilan d'Alice contre Bob ?",
    askPlayer: 'Les stats de qui ? Dites par exemple : les stats de Bob.',
    askTwoPlayers: "Nommez deux joueurs, par exemple : le bilan d'Alice contre Bob.",
    askTwoSides: 'Nommez les deux équipes, par exemple : Alice et Bob contre Carole et David, qui gagne ?',
    rank_ordinal_one: '{{count}}er',
    rank_ordinal_two: '{{count}}e',
    rank_ordinal_few: '{{count}}e',
    rank_ordinal_other: '{{count}}e',
    tiedRank: '{{rank}} ex aequo',
    percent: '{{value}} pour cent',
    or: 'ou',
    plus: 'plus {{value}}',
    minus: 'moins {{value}}',
    games_one: '{{count}} match',
    games_other: '{{count}} matchs',
    wins_one: '{{count}} victoire',
    wins_other: '{{count}} victoires',
    losses_one: '{{count}} défaite',
    losses_other: '{{count}} défaites',
    players_one: '{{count}} joueur classé.',
    players_other: '{{count}} joueurs classés.',
    scope: {
      mode: { all: '', singles: ' en simple', doubles: ' en double' },
      period: {
        all: '',
        month: ' ce mois-ci',
        week: ' cette semaine',
        season: ' cette saison',
        lastSeason: ' la saison dernière',
      },
    },
    ranking: {
      wins: 'Classement aux victoires{{scope}} : {{entries}}.',
      rating: 'Classement au niveau{{scope}} : {{entries}}.',
      winsEntry: '{{rank}}, {{name}}{{provisional}} : {{wins}} sur {{games}}, {{percent}}',
      ratingEntry: '{{rank}}, {{name}}{{provisional}} : niveau {{rating}}',
      provisional: ', provisoire',
      separator: ' ; ',
      empty: "Aucun match joué{{scope}} pour l'instant.",
    },
    leader: {
      wins: 'Numéro un aux victoires{{scope}} : {{names}}, avec {{wins}} sur {{games}}, {{percent}}.',
      winsShared:
        'À égalité en tête aux victoires{{scope}} : {{names}}, avec {{wins}} sur {{games}} chacun, {{percent}}.',
      rating: 'Numéro un au niveau{{scope}} : {{names}}, niveau {{rating}}.',
      provisional: 'Classement provisoire : moins de 5 matchs.',
    },
    playerRank: {
      wins: '{{name}} est {{rank}} sur {{of}} aux victoires{{scope}}, avec {{wins}} sur {{games}}, {{percent}}.',
      rating: '{{name}} est {{rank}} sur {{of}} au niveau{{scope}}, avec un niveau de {{rating}}.',
      provisional: 'Classement provisoire : moins de 5 matchs.',
      noMatchInMode: "{{name}} n'a joué aucun match{{mode}}{{period}}.",
    },
    player: {
      record: '{{name}}{{scope}} : {{games}}, {{won}} gagnés et {{lost}} perdus, {{percent}}.',
      provisional: 'Encore provisoire : moins de 5 matchs.',
      goals: 'Buts pour : {{for}}, contre : {{against}}, différence : {{difference}}.',
      credited_one: '{{count}} but marqué à son nom.',
      credited_other: '{{count}} buts marqués à son nom.',
      streak: 'Série de victoires en cours : {{current}} ; record : {{longest}}.',
      bestPartner: 'Meilleur partenaire : {{name}}, {{wins}} sur {{games}} ensemble.',
      nemesis: 'Bête noire : {{name}}, {{losses}} sur {{games}} face à face.',
      fannys: 'Fannys infligées : {{given}}, subies : {{taken}}.',
    },
    headToHead: {
      record:
        '{{first}} contre {{second}}{{scope}} : {{games}}. {{firstWins}} pour {{first}}, {{secondWins}} pour {{second}}. Buts : {{firstGoals}} à {{secondGoals}}.',
      never: '{{first}} et {{second}} ne se sont jamais affrontés{{scope}}.',
    },
    prediction: {
      favourite: '{{teamA}} contre {{teamB}} : {{favourite}}, environ {{odds}} de gagner, {{percent}}.',
      even: '{{teamA}} contre {{teamB}} : trop serré pour trancher ; {{favourite}}, {{percent}}.',
      odds_one: '{{count}} chance sur {{outOf}}',
      odds_other: '{{count}} chances sur {{outOf}}',
      newcomer_one: "{{names}} n'a pas encore joué et compte comme débutant.",
      newcomer_other: "{{names}} n'ont pas encore joué et comptent comme débutants.",
    },
    errors: {
      unknownPlayer: 'Je ne connais aucun joueur nommé {{player}}.',
      didYouMean: 'Vouliez-vous dire {{names}} ?',
      playerAbsent: "{{player}} n'a pas joué{{period}}.",
    },
  },
};
