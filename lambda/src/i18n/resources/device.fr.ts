import type { DeviceResources } from './device.en';

/** La parole sur le babyfoot lui-même : s'il est connecté, et depuis quand. */
export const deviceFr: DeviceResources = {
  device: {
    elapsed: {
      moments: 'quelques secondes',
      minutes_one: '{{count}} minute',
      minutes_other: '{{count}} minutes',
      hours_one: '{{count}} heure',
      hours_other: '{{count}} heures',
      days_one: '{{count}} jour',
      days_other: '{{count}} jours',
    },
    presence: {
      online: 'Oui, le babyfoot est connecté depuis {{elapsed}}.',
      onlineNoTime: 'Oui, le babyfoot est connecté.',
      offline: 'Non, le babyfoot est déconnecté depuis {{elapsed}}. En attendant, donnez les buts à la voix.',
      offlineNoTime: 'Non, le babyfoot est déconnecté. En attendant, donnez les buts à la voix.',
      never:
        "Le babyfoot ne s'est encore jamais connecté : vérifiez qu'il est branché et relié au réseau. En attendant, donnez les buts à la voix.",
      unknown: 'Je ne peux pas savoir pour le moment si le babyfoot est connecté.',
    },
    startOffline: 'Attention : le babyfoot est déconnecté, donnez les buts à la voix.',
  },
};
