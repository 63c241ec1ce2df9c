import type { PairingResources } from './pairing.en';

/** Paroles pour relier un appareil Echo à un babyfoot, et pour l'état des capteurs. */
export const pairingFr: PairingResources = {
  pairing: {
    askCode: 'Quel code affiche le babyfoot ? Dites ses quatre chiffres.',
    askCodeReprompt: 'Dites les quatre chiffres affichés sur le babyfoot, par exemple : quatre sept un deux.',
    linked:
      "C'est fait : cet appareil pilote maintenant le babyfoot {{table}}. Dites : lance un match, pour jouer.",
    errors: {
      malformedPairingCode:
        'Un code de babyfoot a quatre chiffres. Dites : associe le babyfoot, puis les quatre chiffres affichés sur la table.',
      unknownPairingCode:
        "Aucun babyfoot n'affiche le code {{code}}. Vérifiez le code sur la table, puis dites : associe le babyfoot, suivi du code.",
      expiredPairingCode:
        'Le code {{code}} a expiré. Demandez-en un nouveau à la table, puis dites : associe le babyfoot, suivi du nouveau code.',
      unavailable: 'Désolé, impossible de relier un babyfoot pour le moment. Réessayez plus tard.',
    },
  },
  health: {
    sensor: {
      blocked: 'Attention : le capteur du but {{goal}} semble bloqué.',
      noisy: 'Attention : le capteur du but {{goal}} semble déréglé.',
    },
    goal: { red: 'rouge', blue: 'bleu' },
  },
};
