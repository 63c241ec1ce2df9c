import type { DisplayResources } from './display.en';

/** Ce qu'affichent les écrans Echo Show et les cartes de l'application Alexa. Texte brut, pas de SSML. */
export const displayFr: DisplayResources = {
  display: {
    team: { red: 'Rouges', blue: 'Bleus' },
    nameSeparator: ' & ',
    state: {
      in_progress: 'Match en cours',
      paused: 'En pause',
      finished: 'Score final',
      abandoned: 'Abandonné',
    },
    rules: {
      firstTo: 'En {{target}} points',
      winBy: '{{winBy}} points d’écart',
      bestOf: 'en {{bestOf}} manches',
      itsf: 'Règles ITSF',
    },
    headline: '{{state}} · {{rules}}',
    game: 'Manche {{number}} sur {{bestOf}}',
    matchPoint: 'Balle de match : {{names}}',
    games_one: '{{count}} manche',
    games_other: '{{count}} manches',
    winner_one: '{{names}} gagne !',
    winner_other: '{{names}} gagnent !',
    abandoned: 'Abandonné : ce match ne compte pas.',
    paused: 'En pause : dites « reprends le match » pour continuer.',
    list: { empty: 'Rien à afficher pour le moment.' },
    card: {
      scoreTitle: 'Babyfoot : le score',
      resultTitle: 'Babyfoot : résultat du match',
      teamLine: '{{team}} ({{names}}) : {{score}}',
      gamesLine: 'Manches gagnées : {{red}}–{{blue}} ({{game}})',
      gameScores: 'Manches : {{scores}}',
      won_one: '{{names}} gagne le match {{high}}–{{low}}.',
      won_other: '{{names}} gagnent le match {{high}}–{{low}}.',
      wonGames_one: '{{names}} gagne le match {{high}} manches à {{low}}.',
      wonGames_other: '{{names}} gagnent le match {{high}} manches à {{low}}.',
      rankedRow: '{{position}}. {{name}} : {{figures}}',
      rankedName: '{{position}}. {{name}}',
      figureRow: '{{label}} : {{value}}',
      figure: '{{label}} {{value}}',
    },
  },
};
