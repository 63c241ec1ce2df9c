/** Speech about the table itself: whether it is connected, and since when. */
export const deviceEn = {
  device: {
    elapsed: {
      moments: 'a few seconds',
      minutes_one: '{{count}} minute',
      minutes_other: '{{count}} minutes',
      hours_one: '{{count}} hour',
      hours_other: '{{count}} hours',
      days_one: '{{count}} day',
      days_other: '{{count}} days',
    },
    presence: {
      online: 'Yes, the table is online: it connected {{elapsed}} ago.',
      onlineNoTime: 'Yes, the table is online.',
      offline:
        "No, the table is offline: it disconnected {{elapsed}} ago. Until it's back, give the goals by voice.",
      offlineNoTime: "No, the table is offline. Until it's back, give the goals by voice.",
      never:
        "The table has never connected: check that it's plugged in and on the network. Until then, give the goals by voice.",
      unknown: "I can't tell right now whether the table is online.",
    },
    startOffline: 'Heads up: the table is offline, so give the goals by voice.',
  },
};

export type DeviceResources = typeof deviceEn;
