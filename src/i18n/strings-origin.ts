/**
 * What "Où ?" says once the resident has asked something of it (a commune or an address
 * submitted, their position asked for): not found, several communes for a postcode, the
 * geocoder's and the browser's failures. Both languages, loaded with the code that says them
 * (../controllers/origin-requests.ts) at the first such request, while the look-up or the
 * position is under way (issue 15, item 3: not in the code before the first list paint). The words "Où ?" shows before any answer (the field, "Recherche de la commune…",
 * "Recherche de votre position…") stay in ./strings.ts.
 */
import type { Lang } from '../core/lang.js';

export interface OriginStrings {
  myPosition: string;
  geoDenied: string;
  geoTimeout: string;
  geoUnavailable: string;
  geoUnsupported: string;
  communeNotFound: (text: string) => string;
  /** A postcode several communes share: the resident chooses. */
  postcodeChoose: (code: string) => string;
  /** Said once the browser gave the position. */
  located: string;
  geocodeRateLimited: string;
  geocodeTimeout: string;
  geocodeFailed: string;
  geocoding: string;
}

/** Both languages (also part of the library's `UI_STRINGS`). */
export const ORIGIN_STRINGS: Record<Lang, OriginStrings> = {
  fr: {
    myPosition: 'votre position',
    geoDenied: 'Votre position n’a pas été partagée. Vous pouvez taper le nom de votre commune.',
    geoTimeout: 'Votre position n’a pas pu être trouvée à temps. Vous pouvez taper le nom de votre commune.',
    geoUnavailable: 'Votre position n’est pas disponible. Vous pouvez taper le nom de votre commune.',
    geoUnsupported: 'Ce navigateur ne peut pas donner votre position. Vous pouvez taper le nom de votre commune.',
    communeNotFound: (t) => `Aucune commune connue ne s’appelle « ${t} ». Vérifiez l’orthographe ou tapez le code postal.`,
    postcodeChoose: (c) => `Le code postal ${c} est celui de plusieurs communes. Laquelle ?`,
    located: 'Position trouvée : les lieux sont classés du plus proche au plus loin.',
    geocodeRateLimited: 'Le service d’adresses reçoit trop de demandes. Réessayez dans une minute, ou tapez seulement la commune.',
    geocodeTimeout: 'Le service d’adresses ne répond pas. Tapez seulement la commune ou le code postal.',
    geocodeFailed: 'Cette adresse n’a pas pu être trouvée. Tapez seulement la commune ou le code postal.',
    geocoding: 'Recherche de l’adresse…',
  },
  en: {
    myPosition: 'your position',
    geoDenied: 'Your position was not shared. You can type the name of your town.',
    geoTimeout: 'Your position could not be found in time. You can type the name of your town.',
    geoUnavailable: 'Your position is not available. You can type the name of your town.',
    geoUnsupported: 'This browser cannot give your position. You can type the name of your town.',
    communeNotFound: (t) => `No known town is called “${t}”. Check the spelling or type the postcode.`,
    postcodeChoose: (c) => `Postcode ${c} is shared by several towns. Which one?`,
    located: 'Position found: places are listed nearest first.',
    geocodeRateLimited: 'The address service is receiving too many requests. Try again in a minute, or type only the town.',
    geocodeTimeout: 'The address service is not responding. Type only the town or the postcode.',
    geocodeFailed: 'This address could not be found. Type only the town or the postcode.',
    geocoding: 'Looking up the address…',
  },
};
