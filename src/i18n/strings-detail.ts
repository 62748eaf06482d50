/**
 * The detail dialog's words, in both languages: they load with the dialog's chunk
 * (../components/service-locator-detail/), not with the page (issue 15, item 3: code before the
 * first list paint), and are there whenever the dialog renders, whatever its language. The
 * words it shares with other views (equipment, "informations incomplètes") stay in ./strings.ts.
 */
import type { AppointmentPolicy } from '../core/catalogue/types.js';
import type { Lang } from '../core/lang.js';
import { isSingular } from './plural.js';

export interface DetailStrings {
  close: string;
  closeLabel: (name: string) => string;
  address: string;
  hours: string;
  today: string;
  closedDay: string;
  unknownDay: string;
  /** A public holiday the hours say nothing about (week table). */
  holidayUnconfirmed: string;
  /** Said beside a public holiday's hours or "closed" in the week table. */
  holidayDay: string;
  needs: string;
  contact: string;
  phone: string;
  email: string;
  appointmentHeading: string;
  appointment: Record<AppointmentPolicy, string>;
  equipmentHeading: string;
  accessibilityHeading: string;
  wheelchairValues: { yes: string; limited: string; no: string };
  free: string;
  partners: string;
  description: string;
  source: string;
  updated: (date: string) => string;
  stops: string;
  stopHoursUnknown: string;
  noUpcomingVisits: string;
  icsDownload: (stop: string) => string;
  /** The disclosure of a bus's other stops when the detail leads with one ("27 autres arrêts"). */
  otherStops: (n: number) => string;
  newTab: string;
  approximate: string;
  showOnMapLabel: (name: string) => string;
  /** The dialog's "Voir sur la carte". */
  showOnMapDetail: string;
}

/** Both languages' words of the dialog (also part of the library's `UI_STRINGS`). */
export const DETAIL_STRINGS: Record<Lang, DetailStrings> = {
  fr: {
    close: 'Fermer',
    closeLabel: (name) => `Fermer la fiche de ${name}`,
    address: 'Adresse',
    hours: 'Horaires',
    today: 'aujourd’hui',
    closedDay: 'Fermé',
    unknownDay: 'Non communiqué',
    holidayUnconfirmed: 'Jour férié : ouverture non confirmée',
    holidayDay: 'jour férié',
    needs: 'Pour quelles démarches',
    contact: 'Contact',
    phone: 'Téléphone',
    email: 'Courriel',
    appointmentHeading: 'Rendez-vous',
    appointment: {
      'walk-in': 'Sans rendez-vous',
      appointment: 'Sur rendez-vous',
      both: 'Avec ou sans rendez-vous',
    },
    equipmentHeading: 'Équipement sur place',
    accessibilityHeading: 'Accessibilité',
    wheelchairValues: {
      yes: 'Accessible en fauteuil roulant',
      limited: 'Accès en fauteuil roulant partiel',
      no: 'Non accessible en fauteuil roulant',
    },
    free: 'Service gratuit',
    partners: 'Partenaires',
    description: 'Présentation',
    source: 'Source',
    updated: (d) => `Mis à jour le ${d}`,
    stops: 'Arrêts et prochains passages',
    stopHoursUnknown: 'Horaires de passage non communiqués',
    noUpcomingVisits: 'Aucun passage prévu dans les semaines qui viennent.',
    icsDownload: (s) => `Ajouter les passages à ${s} à mon agenda (.ics)`,
    otherStops: (n) => (isSingular('fr', n) ? `${n} autre arrêt` : `${n} autres arrêts`),
    newTab: '(nouvel onglet)',
    approximate: 'Position approximative (centre de la commune)',
    showOnMapLabel: (name) => `Voir sur la carte : ${name}`,
    showOnMapDetail: 'Voir sur la carte',
  },
  en: {
    close: 'Close',
    closeLabel: (name) => `Close the details of ${name}`,
    address: 'Address',
    hours: 'Opening hours',
    today: 'today',
    closedDay: 'Closed',
    unknownDay: 'Not given',
    holidayUnconfirmed: 'Public holiday: opening not confirmed',
    holidayDay: 'public holiday',
    needs: 'Help with',
    contact: 'Contact',
    phone: 'Phone',
    email: 'Email',
    appointmentHeading: 'Appointments',
    appointment: {
      'walk-in': 'No appointment needed',
      appointment: 'By appointment',
      both: 'With or without an appointment',
    },
    equipmentHeading: 'Equipment on site',
    accessibilityHeading: 'Accessibility',
    wheelchairValues: {
      yes: 'Wheelchair accessible',
      limited: 'Partial wheelchair access',
      no: 'Not wheelchair accessible',
    },
    free: 'Free of charge',
    partners: 'Partners',
    description: 'About',
    source: 'Source',
    updated: (d) => `Updated on ${d}`,
    stops: 'Stops and next visits',
    stopHoursUnknown: 'Visit times not given',
    noUpcomingVisits: 'No visit planned in the coming weeks.',
    icsDownload: (s) => `Add the visits to ${s} to my calendar (.ics)`,
    otherStops: (n) => (isSingular('en', n) ? `${n} other stop` : `${n} other stops`),
    newTab: '(new tab)',
    approximate: 'Approximate position (centre of the town)',
    showOnMapLabel: (name) => `Show on map: ${name}`,
    showOnMapDetail: 'Show on map',
  },
};

/** The dialog's words in `lang`. */
export const detailStrings = (lang: Lang): DetailStrings => DETAIL_STRINGS[lang];
