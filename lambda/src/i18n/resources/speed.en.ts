/**
 * English speech and screens for shot speed (a table that times its goals). Placeholders get
 * text that is already SSML-escaped; speeds go through i18next plurals.
 */
export const speedEn = {
  speed: {
    kmh_one: '{{count}} kilometre an hour',
    kmh_other: '{{count}} kilometres an hour',
    fastest: 'The fastest shot{{scope}}: {{speed}}, by {{scorer}}.',
    fastestTeam: 'The fastest shot{{scope}}: {{speed}}, a goal for {{names}}.',
    playerBest: 'Fastest shot: {{speed}}.',
    none: 'No shot timed{{scope}} yet: a table with a second beam behind each goal line times every goal.',
    record: 'Goal for {{names}}, {{speed}}: the fastest shot of the season!',
    recordBy: 'Goal by {{scorer}}, {{speed}}: the fastest shot of the season!',
    screen: {
      title: 'Fastest shot',
      speed: 'Speed',
      scorer: 'Shot by',
      team: 'Team',
      kmh: '{{speed}} km/h',
      best: '{{name}}, best shot',
    },
  },
};
