import type { ChatResources } from './chat.en';

/** Ce que l'on dit au chat de l'équipe (Slack, Microsoft Teams) : texte brut, noms échappés par le module du chat. */
export const chatFr: ChatResources = {
  chat: {
    nameSeparator: ' & ',
    won_one: '🏆 {{winners}} bat {{losers}} {{score}}.',
    won_other: '🏆 {{winners}} battent {{losers}} {{score}}.',
    games: '{{won}} manches à {{lost}}',
    fanny_one: '🍑 Fanny ! {{losers}} n’a pas marqué un seul but.',
    fanny_other: '🍑 Fanny ! {{losers}} n’ont pas marqué un seul but.',
    ratingNew: '{{name}} : premier niveau {{rating}}, rang {{rank}}',
    ratingSameRank: '{{name}} : niveau {{rating}} ({{delta}}), toujours rang {{rank}}',
    podium: '🏁 Le tournoi est terminé !',
    place1: '🥇 {{names}}',
    place2: '🥈 {{names}}',
    place3: '🥉 {{names}}',
    entrantsSeparator: ' · ',
    ratingMoved: '{{name}} : niveau {{rating}} ({{delta}}), rang {{rank}} (avant : {{before}})',
  },
};
