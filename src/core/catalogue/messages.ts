/**
 * Every message the catalogue validator can report, in French (first) and English, as
 * factories. Plain words for a webmaster, not JSON Schema jargon. Tests import these
 * factories so that a reworded message does not break them. The validator names them with
 * their values (problems.ts `Say`); problem-words.ts calls them where problems are shown.
 */
import { clip } from '../text/well-formed.js';

export interface Message {
  fr: string;
  en: string;
}

const FR_TYPES: Record<string, string> = {
  string: 'un texte',
  number: 'un nombre',
  boolean: 'vrai ou faux (true/false)',
  object: 'un objet { … }',
  array: 'une liste [ … ]',
};
const EN_TYPES: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object { … }',
  array: 'a list [ … ]',
};

/** What a JSON value is, in words, for "found …" messages. */
export function describeValue(v: unknown): Message {
  if (v === null) return { fr: 'null', en: 'null' };
  if (Array.isArray(v)) return { fr: 'une liste', en: 'a list' };
  if (typeof v === 'number' && !Number.isFinite(v)) return { fr: String(v), en: String(v) };
  const t = typeof v;
  return { fr: FR_TYPES[t] ?? t, en: EN_TYPES[t] ?? t };
}

const fmt = (n: number): string => String(n);

export const messages = {
  notJson: (line: number, column: number, detail: Message): Message => ({
    fr: `Le fichier n'est pas du JSON valide (ligne ${line}, colonne ${column}) : ${detail.fr}.`,
    en: `The file is not valid JSON (line ${line}, column ${column}): ${detail.en}.`,
  }),
  notObject: (what: 'catalogue' | 'place' | 'stop', found: unknown): Message => {
    const d = describeValue(found);
    const fr = { catalogue: 'Le catalogue', place: 'Ce lieu', stop: 'Cet arrêt' }[what];
    const en = { catalogue: 'The catalogue', place: 'This place', stop: 'This stop' }[what];
    return {
      fr: `${fr} doit être un objet { … }, trouvé : ${d.fr}.`,
      en: `${en} must be an object { … }, found: ${d.en}.`,
    };
  },
  missing: (field: string): Message => ({
    fr: `Le champ obligatoire « ${field} » manque ou est vide.`,
    en: `The required field "${field}" is missing or empty.`,
  }),
  missingMeta: (field: string, filled: string): Message =>
    filled === ''
      ? {
          fr: `Le champ « ${field} » du catalogue manque ; il reste vide.`,
          en: `The catalogue field "${field}" is missing; it is left empty.`,
        }
      : {
          fr: `Le champ « ${field} » du catalogue manque ; valeur par défaut utilisée : « ${filled} ».`,
          en: `The catalogue field "${field}" is missing; default used: "${filled}".`,
        },
  wrongType: (field: string, expected: 'string' | 'number' | 'boolean' | 'object' | 'array', found: unknown): Message => {
    const d = describeValue(found);
    return {
      fr: `« ${field} » doit être ${FR_TYPES[expected]}, trouvé : ${d.fr}.`,
      en: `"${field}" must be ${EN_TYPES[expected]}, found: ${d.en}.`,
    };
  },
  notFinite: (field: string, found: unknown): Message => ({
    fr: `« ${field} » doit être un nombre fini, trouvé : ${String(found)}.`,
    en: `"${field}" must be a finite number, found: ${String(found)}.`,
  }),
  badFormat: (field: string, value: string, expected: Message): Message => ({
    fr: `« ${field} » a une valeur inattendue (« ${clip(value)} ») : ${expected.fr}. Valeur ignorée.`,
    en: `"${field}" has an unexpected value ("${clip(value)}"): ${expected.en}. Value ignored.`,
  }),
  duplicateId: (id: string, firstIndex: number): Message => ({
    fr: `L'identifiant « ${clip(id)} » est déjà utilisé par le lieu n° ${firstIndex + 1} (places[${firstIndex}]) ; ce second lieu est ignoré.`,
    en: `The id "${clip(id)}" is already used by place #${firstIndex + 1} (places[${firstIndex}]); this second place is skipped.`,
  }),
  duplicateStopId: (id: string): Message => ({
    fr: `L'identifiant d'arrêt « ${clip(id)} » est déjà utilisé dans ce lieu ; cet arrêt est ignoré.`,
    en: `The stop id "${clip(id)}" is already used in this place; this stop is skipped.`,
  }),
  unknownKind: (kind: string, allowed: readonly string[]): Message => ({
    fr: `Type de lieu inconnu « ${clip(kind)} ». Types possibles : ${allowed.join(', ')}.`,
    en: `Unknown kind of place "${clip(kind)}". Allowed: ${allowed.join(', ')}.`,
  }),
  unknownNeed: (need: string, allowed: readonly string[]): Message => ({
    fr: `Besoin inconnu « ${clip(need)} », ignoré. Besoins possibles : ${allowed.join(', ')}.`,
    en: `Unknown need "${clip(need)}", ignored. Allowed: ${allowed.join(', ')}.`,
  }),
  unknownValue: (field: string, value: string, allowed: readonly string[]): Message => ({
    fr: `Valeur inconnue « ${clip(value)} » pour « ${field} », ignorée. Valeurs possibles : ${allowed.join(', ')}.`,
    en: `Unknown value "${clip(value)}" for "${field}", ignored. Allowed: ${allowed.join(', ')}.`,
  }),
  unknownVersion: (version: unknown): Message => ({
    fr: `Version de format inconnue (${clip(String(version))}) ; le catalogue est lu comme la version 1.`,
    en: `Unknown format version (${clip(String(version))}); the catalogue is read as version 1.`,
  }),
  outOfRange: (lat: number, lon: number): Message => ({
    fr: `Coordonnées impossibles : latitude ${fmt(lat)}, longitude ${fmt(lon)} (la latitude va de -90 à 90, la longitude de -180 à 180).`,
    en: `Impossible coordinates: latitude ${fmt(lat)}, longitude ${fmt(lon)} (latitude runs from -90 to 90, longitude from -180 to 180).`,
  }),
  outsideFrance: (lat: number, lon: number): Message => ({
    fr: `Le point (latitude ${fmt(lat)}, longitude ${fmt(lon)}) est hors de France (métropole et outre-mer).`,
    en: `The point (latitude ${fmt(lat)}, longitude ${fmt(lon)}) is outside France (metropolitan and overseas).`,
  }),
  swapped: (lat: number, lon: number, territory: string): Message => ({
    fr: `Latitude et longitude semblent inversées : le point (latitude ${fmt(lat)}, longitude ${fmt(lon)}) est hors de France, mais (latitude ${fmt(lon)}, longitude ${fmt(lat)}) tombe en ${territory}. Échangez les deux valeurs.`,
    en: `Latitude and longitude look swapped: the point (latitude ${fmt(lat)}, longitude ${fmt(lon)}) is outside France, but (latitude ${fmt(lon)}, longitude ${fmt(lat)}) falls in ${territory}. Swap the two values.`,
  }),
  hoursSyntax: (hours: string, detail: Message, position: number): Message => ({
    fr: `Horaires illisibles (« ${clip(hours)} », caractère ${position + 1}) : ${detail.fr} Les horaires sont ignorés (affichés comme inconnus).`,
    en: `Unreadable hours ("${clip(hours)}", character ${position + 1}): ${detail.en} The hours are ignored (shown as unknown).`,
  }),
  emailWithQuery: (field: string, value: string): Message => ({
    fr: `Adresse e-mail refusée dans « ${field} » (« ${clip(value)} ») : une adresse seule est attendue, sans « ? », « & » ni paramètres (cc, bcc, subject, body), qui ajouteraient des destinataires cachés ou un message tout prêt. Adresse ignorée.`,
    en: `E-mail address refused in "${field}" ("${clip(value)}"): a bare address is expected, without "?", "&" or parameters (cc, bcc, subject, body), which would add hidden recipients or a prepared message. Address ignored.`,
  }),
  illFormedText: (field: string): Message => ({
    fr: `« ${field} » contient un caractère coupé (une moitié d'emoji, souvent laissée par un outil qui a tronqué le texte) ; il est remplacé par « \ufffd ».`,
    en: `"${field}" contains a broken character (half an emoji, often left by a tool that cut the text); it is replaced by "\ufffd".`,
  }),
  badUrl: (field: string, url: string): Message => ({
    fr: `Lien refusé dans « ${field} » (« ${clip(url)} ») : seuls les liens http, https, tel et mailto sont acceptés. Lien ignoré.`,
    en: `Link refused in "${field}" ("${clip(url)}"): only http, https, tel and mailto links are accepted. Link ignored.`,
  }),
  tooLong: (field: string, length: number, max: number): Message => ({
    fr: `« ${field} » est trop long (${length} caractères, ${max} au plus).`,
    en: `"${field}" is too long (${length} characters, at most ${max}).`,
  }),
  tooMany: (field: string, count: number, max: number): Message => ({
    fr: `« ${field} » a trop d'éléments (${count}, ${max} au plus) ; seuls les ${max} premiers sont gardés.`,
    en: `"${field}" has too many entries (${count}, at most ${max}); only the first ${max} are kept.`,
  }),
  unknownField: (field: string): Message => ({
    fr: `Champ inconnu « ${clip(field)} », ignoré.`,
    en: `Unknown field "${clip(field)}", ignored.`,
  }),
  stopsNotBus: (kind: string): Message => ({
    fr: `« stops » (arrêts) n'a de sens que pour un bus itinérant (kind « bus »), pas pour « ${kind} » ; arrêts ignorés.`,
    en: `"stops" only applies to an itinerant bus (kind "bus"), not to "${kind}"; stops ignored.`,
  }),
  frequencyWithHours: (stopPath: string): Message => ({
    fr: `« ${stopPath}.frequency » est ignoré : « hours » donne déjà les jours de passage de cet arrêt. Gardez l'un des deux.`,
    en: `"${stopPath}.frequency" is ignored: "hours" already gives this stop's visit days. Keep one of the two.`,
  }),
  frequencyIgnored: (): Message => ({
    fr: 'La fréquence de passage est ignorée (passages affichés comme non communiqués).',
    en: 'The visit frequency is ignored (visits shown as not given).',
  }),
  stopSkipped: (): Message => ({
    fr: 'Cet arrêt est ignoré, le lieu est gardé.',
    en: 'This stop is skipped, the place is kept.',
  }),
  unreadable: (detail: string): Message => ({
    fr: `Catalogue illisible : ${detail}`,
    en: `Unreadable catalogue: ${detail}`,
  }),
  placeSkipped: (): Message => ({
    fr: 'Ce lieu est ignoré.',
    en: 'This place is skipped.',
  }),
};

/** Expected formats, for `badFormat`. */
export const expectations = {
  postcode: { fr: '5 chiffres attendus, par exemple 46000', en: '5 digits expected, e.g. 46000' },
  insee: { fr: 'code INSEE de 5 caractères attendu, par exemple 46042 ou 2A004', en: 'a 5-character INSEE code expected, e.g. 46042 or 2A004' },
  date: { fr: 'date attendue au format AAAA-MM-JJ', en: 'a date expected as YYYY-MM-DD' },
  email: { fr: 'adresse e-mail attendue, par exemple accueil@mairie.fr', en: 'an e-mail address expected, e.g. accueil@mairie.fr' },
  id: { fr: "identifiant vide", en: 'empty id' },
  timesPerMonth: { fr: 'nombre entier de passages par mois attendu, de 1 à 4', en: 'a whole number of visits a month expected, 1 to 4' },
  time: { fr: 'heure attendue au format HH:MM, par exemple 14:00', en: 'a time expected as HH:MM, e.g. 14:00' },
  timeAfter: (from: string): Message => ({ fr: `heure après ${from} attendue`, en: `a time after ${from} expected` }),
} satisfies Record<string, Message | ((from: string) => Message)>;

/** Joins a problem message with the consequence (place or stop skipped). */
export function withConsequence(m: Message, c: Message): Message {
  return { fr: `${m.fr} ${c.fr}`, en: `${m.en} ${c.en}` };
}
