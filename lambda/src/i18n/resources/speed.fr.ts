import type { speedEn } from './speed.en';

/**
 * Paroles et écrans de la vitesse des tirs (une table qui chronomètre ses buts). Les
 * paramètres arrivent déjà échappés pour le SSML ; les vitesses passent par les pluriels
 * d'i18next.
 */
export const speedFr: typeof speedEn = {
  speed: {
    kmh_one: '{{count}} kilomètre-heure',
    kmh_other: '{{count}} kilomètres-heure',
    fastest: 'Le tir le plus rapide{{scope}} : {{speed}}, par {{scorer}}.',
    fastestTeam: 'Le tir le plus rapide{{scope}} : {{speed}}, un but pour {{names}}.',
    playerBest: 'Tir le plus rapide : {{speed}}.',
    none: "Aucun tir chronométré{{scope}} pour l'instant : une table avec un second faisceau derrière chaque ligne de but chronomètre chaque but.",
    record: 'But pour {{names}}, {{speed}} : le tir le plus rapide de la saison !',
    recordBy: 'But {{scorer}}, {{speed}} : le tir le plus rapide de la saison !',
    screen: {
      title: 'Tir le plus rapide',
      speed: 'Vitesse',
      scorer: 'Tireur',
      team: 'Équipe',
      kmh: '{{speed}} km/h',
      best: '{{name}}, meilleur tir',
    },
  },
};
