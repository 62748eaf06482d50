/**
 * How each kind of place is drawn: a colour from the Okabe–Ito palette (distinguishable with
 * the common colour-vision deficiencies) AND a letter, so colour is never the only cue. Shared
 * by the MapLibre layers (maplibre-adapter.ts) and the text legend (service-locator-map.ts); DOM-free and
 * free of maplibre-gl so the legend does not pull the map library in.
 */
import type { PlaceKind } from '../core/catalogue/types.js';

export interface KindSymbol {
  /** Fill colour of the marker. */
  color: string;
  /** Colour of the letter on that fill (contrast ≥ 4.5:1). */
  textColor: string;
  /** One letter drawn on the marker and shown in the legend. */
  letter: string;
}

export const KIND_SYMBOLS: Record<PlaceKind, KindSymbol> = {
  'france-services': { color: '#0072B2', textColor: '#FFFFFF', letter: 'F' },
  ccas: { color: '#D55E00', textColor: '#000000', letter: 'C' },
  'centre-social': { color: '#009E73', textColor: '#000000', letter: 'S' },
  'espace-numerique': { color: '#CC79A7', textColor: '#000000', letter: 'N' },
  solidarites: { color: '#E69F00', textColor: '#000000', letter: 'D' },
  permanence: { color: '#56B4E9', textColor: '#000000', letter: 'P' },
  bus: { color: '#000000', textColor: '#FFFFFF', letter: 'B' },
};

/** Colour of a cluster (several places) and of the selection ring. */
export const CLUSTER_COLOR = '#4D4D4D';
export const SELECTION_COLOR = '#1A1A1A';
/**
 * The white that rings markers and clusters, fills an approximate position's marker and writes
 * a cluster's count; the black of an approximate marker's letter; the resident's starting point.
 * The text legend draws its swatches with the same values, so legend and map cannot drift (they
 * describe the map's drawing, which the page's theme does not restyle).
 */
export const MARKER_HALO_COLOR = '#FFFFFF';
export const APPROXIMATE_LETTER_COLOR = '#000000';
export const ORIGIN_COLOR = '#1B1B1B';
