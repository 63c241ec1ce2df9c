import i18next, { type TFunction } from 'i18next';
import { chatEn } from './resources/chat.en';
import { chatFr } from './resources/chat.fr';
import { deviceEn } from './resources/device.en';
import { deviceFr } from './resources/device.fr';
import { displayEn } from './resources/display.en';
import { displayFr } from './resources/display.fr';
import { en } from './resources/en';
import { fr } from './resources/fr';
import { houseEn } from './resources/house.en';
import { houseFr } from './resources/house.fr';
import { leagueEn } from './resources/league.en';
import { leagueFr } from './resources/league.fr';
import { pairingEn } from './resources/pairing.en';
import { pairingFr } from './resources/pairing.fr';
import { scoreboardEn } from './resources/scoreboard.en';
import { scoreboardFr } from './resources/scoreboard.fr';
import { speedEn } from './resources/speed.en';
import { speedFr } from './resources/speed.fr';
import { statsEn } from './resources/stats.en';
import { statsFr } from './resources/stats.fr';
import { tournamentEn } from './resources/tournament.en';
import { tournamentFr } from './resources/tournament.fr';

export type Translate = TFunction;

const resources = {
  en: {
    translation: {
      ...en,
      ...chatEn,
      ...pairingEn,
      ...displayEn,
      ...scoreboardEn,
      ...tournamentEn,
      ...statsEn,
      ...leagueEn,
      ...deviceEn,
      ...houseEn,
      ...speedEn,
    },
  },
  fr: {
    translation: {
      ...fr,
      ...chatFr,
      ...pairingFr,
      ...displayFr,
      ...scoreboardFr,
      ...tournamentFr,
      ...statsFr,
      ...leagueFr,
      ...deviceFr,
      ...houseFr,
      ...speedFr,
    },
  },
};

/**
 * A translator for one request. Each request gets its own i18next instance: the global
 * singleton would be shared by concurrent requests on a warm Lambda and leak languages.
 */
export function createTranslator(locale: string): Translate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: locale,
    fallbackLng: 'en',
    resources,
    initAsync: false,
    // Speech is SSML: values are escaped by the caller (see skill/speech/ssml.ts), not as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance.t;
}
