import type { PairingResources } from './pairing.en';

/** Paroles pour relier un appareil Echo à un babyfoot, et pour l'état des capteurs. */
export const pairingFr: PairingResources = {
  pairing: {
    askCode: 'Quel code affiche le babyfoot ? Dites ses quatre chiffres.',
    askCodeReprompt: 'Dites les quatre chiffres affichés sur le babyfoot, par exemple : quatre sept un deux.',
    linked:
      "C'est fait : cet appareil pilote maintenant le babyfoot {{table}}. Dites : lance un match, pour jouer.",
    unlink: {
      done: "C'est fait : cet appareil ne pilote plus le babyfoot {{table}}. Pour le relier à nouveau, dites : associe le babyfoot, suivi du code affiché sur la table.",
      none: "Cet appareil n'est relié à aucun babyfoot, il n'y a rien à dissocier.",
    },
    errors: {
      malformedPairingCode:
        'Un code de babyfoot a quatre chiffres. Dites : associe le babyfoot, puis les quatre chiffres affichés sur la table.',
      unknownPairingCode:
        "Aucun babyfoot n'affiche le code {{code}}. Vérifiez le code sur la table, puis dites : associe le babyfoot, suivi du code.",
      expiredPairingCode:
        'Le code {{code}} a expiré. Demandez-en un nouveau à la table, puis dites : associe le babyfoot, suivi du nouveau code.',
      pairingLocked_one:
        "Trop de codes faux pour ce compte. Pour protéger les babyfoots des essais au hasard, aucun code n'est accepté pour l'instant, même le bon : réessayez dans {{count}} minute.",
      pairingLocked_other:
        "Trop de codes faux pour ce compte. Pour protéger les babyfoots des essais au hasard, aucun code n'est accepté pour l'instant, même le bon : réessayez dans {{count}} minutes.",
      unavailable: 'Désolé, impossible de relier un babyfoot pour le moment. Réessayez plus tard.',
    },
  },
  health: {
    sensor: {
      blocked: 'Attention : le capteur du but {{goal}} semble bloqué.',
      noisy: 'Attention : le capteur du but {{goal}} semble déréglé.',
      unavailable:
        'Attention : le babyfoot ne lit plus le capteur du but {{goal}} : donnez ces buts à la voix.',
    },
    goal: { red: 'rouge', blue: 'bleu' },
  },
};
