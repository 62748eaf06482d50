/**
 * User-visible strings of the map view (`<service-locator-map>` and the MapLibre adapter),
 * French first, English second. This module owns the map's own words and MapLibre's UI
 * strings (passed through its `locale` option); the element's other strings live elsewhere.
 */
import type { MapAdapterEvent } from '../map/map-adapter.js';
import type { Lang } from '../core/lang.js';
import { isSingular } from './plural.js';

type FailureReason = Extract<MapAdapterEvent, { type: 'failure' }>['reason'];

export interface MapStrings {
  /** Accessible name of the map itself (the focusable canvas region). */
  mapLabel: string;
  /** How to use the map with the keyboard (described-by on the map). */
  keyboardHelp: string;
  visibleHeading: string;
  /** Shown in the visible list while the map has not said what it shows yet. */
  visibleLoading: string;
  visibleNone: string;
  /** "… and N more places: zoom in to list them." */
  visibleMore: (count: number) => string;
  /** Said when the keyboard moves to an entry of the visible list (its marker is highlighted). */
  markerChosen: (name: string, kind: string) => string;
  /** How to use the visible-places list (described-by). */
  visibleHelp: string;
  legendHeading: string;
  approximateLegend: string;
  selectedLegend: string;
  clusterLegend: string;
  loading: string;
  styleFallback: string;
  failures: Record<FailureReason, string>;
  /** Attribution of the built-in offline style. */
  offlineAttribution: string;
}

export const MAP_STRINGS: Record<Lang, MapStrings> = {
  fr: {
    mapLabel: 'Carte des lieux',
    keyboardHelp: 'Flèches pour déplacer la carte, + et - pour zoomer. La liste des lieux visibles suit la carte : flèches haut et bas pour la parcourir, Entrée pour la fiche.',
    visibleHeading: 'Lieux visibles sur la carte',
    visibleLoading: 'Chargement de la carte…',
    visibleNone: 'Aucun lieu dans cette partie de la carte. Dézoomez ou déplacez la carte.',
    visibleMore: (count) =>
      isSingular('fr', count)
        ? `… et ${count} autre lieu : zoomez pour le voir dans la liste.`
        : `… et ${count} autres lieux : zoomez pour les voir dans la liste.`,
    markerChosen: (name, kind) => `Sur la carte : ${name} (${kind})`,
    visibleHelp: 'Flèches haut et bas pour passer d’un lieu à l’autre, Entrée pour ouvrir sa fiche.',
    legendHeading: 'Légende',
    approximateLegend: 'Rond creux : position approximative (centre de la commune)',
    selectedLegend: 'Anneau épais : lieu choisi',
    clusterLegend: 'Rond gris avec un nombre : plusieurs lieux proches, cliquez pour zoomer',
    loading: 'Chargement de la carte…',
    styleFallback: 'Le fond de carte habituel ne répond pas : carte simplifiée (contours des départements).',
    failures: {
      'no-webgl': "Ce navigateur ou cet appareil ne peut pas afficher la carte. La liste des lieux donne les mêmes informations.",
      'context-lost': "La carte s'est arrêtée (le navigateur a libéré la mémoire graphique). La liste des lieux reste utilisable.",
      style: "Le fond de carte n'a pas pu être chargé. La liste des lieux reste utilisable.",
      worker: "La carte n'a pas pu démarrer : un de ses fichiers n'a pas pu être chargé depuis ce site. La liste des lieux reste utilisable.",
      'trusted-types': "La carte n'a pas pu démarrer : les règles de sécurité de ce site l'en empêchent. La liste des lieux reste utilisable.",
      unknown: "La carte n'a pas pu s'afficher. La liste des lieux reste utilisable.",
    },
    offlineAttribution: '© IGN Admin Express, Licence Ouverte',
  },
  en: {
    mapLabel: 'Map of places',
    keyboardHelp: 'Arrow keys move the map, + and - zoom. The list of visible places follows the map: up and down arrows to go through it, Enter for the details.',
    visibleHeading: 'Places visible on the map',
    visibleLoading: 'Loading the map…',
    visibleNone: 'No place in this part of the map. Zoom out or move the map.',
    visibleMore: (count) =>
      isSingular('en', count)
        ? `… and ${count} more place: zoom in to list it.`
        : `… and ${count} more places: zoom in to list them.`,
    markerChosen: (name, kind) => `On the map: ${name} (${kind})`,
    visibleHelp: 'Up and down arrows to move from one place to the next, Enter to open its details.',
    legendHeading: 'Legend',
    approximateLegend: 'Hollow circle: approximate position (centre of the commune)',
    selectedLegend: 'Thick ring: chosen place',
    clusterLegend: 'Grey circle with a number: several places close together, click to zoom in',
    loading: 'Loading the map…',
    styleFallback: 'The usual base map is not responding: simplified map (department outlines).',
    failures: {
      'no-webgl': 'This browser or device cannot show the map. The list of places gives the same information.',
      'context-lost': 'The map stopped (the browser released graphics memory). The list of places still works.',
      style: 'The base map could not be loaded. The list of places still works.',
      worker: 'The map could not start: one of its files could not be loaded from this site. The list of places still works.',
      'trusted-types': "The map could not start: this site's security rules prevent it. The list of places still works.",
      unknown: 'The map could not be shown. The list of places still works.',
    },
    offlineAttribution: '© IGN Admin Express, Licence Ouverte',
  },
};

/**
 * MapLibre GL's own UI strings in French (its `locale` option). Keys from maplibre-gl 6's
 * default locale; English is MapLibre's default, except the map's name which we set.
 */
export function maplibreLocale(lang: Lang): Record<string, string> {
  if (lang === 'en') return { 'Map.Title': MAP_STRINGS.en.mapLabel };
  return {
    'AttributionControl.ToggleAttribution': 'Afficher ou masquer les sources',
    'AttributionControl.MapFeedback': 'Signaler une erreur sur la carte',
    'FullscreenControl.Enter': 'Afficher en plein écran',
    'FullscreenControl.Exit': 'Quitter le plein écran',
    'GeolocateControl.FindMyLocation': 'Me localiser',
    'GeolocateControl.LocationNotAvailable': 'Position non disponible',
    'LogoControl.Title': 'Logo MapLibre',
    'Map.Title': MAP_STRINGS.fr.mapLabel,
    'Marker.Title': 'Repère sur la carte',
    'NavigationControl.ResetBearing': 'Faire glisser pour tourner la carte, cliquer pour revenir au nord',
    'NavigationControl.ZoomIn': 'Zoomer',
    'NavigationControl.ZoomOut': 'Dézoomer',
    'Popup.Close': 'Fermer',
    'ScaleControl.Feet': 'ft',
    'ScaleControl.Meters': 'm',
    'ScaleControl.Kilometers': 'km',
    'ScaleControl.Miles': 'mi',
    'ScaleControl.NauticalMiles': 'nm',
    'GlobeControl.Enable': 'Afficher le globe',
    'GlobeControl.Disable': 'Revenir à la carte plane',
    'TerrainControl.Enable': 'Afficher le relief',
    'TerrainControl.Disable': 'Masquer le relief',
    'CooperativeGesturesHandler.WindowsHelpText': 'Ctrl + molette pour zoomer sur la carte',
    'CooperativeGesturesHandler.MacHelpText': '⌘ + molette pour zoomer sur la carte',
    'CooperativeGesturesHandler.MobileHelpText': 'Deux doigts pour déplacer la carte',
  };
}
