// Types of embed-params.js (the demo is plain JavaScript, served as is).
export declare const EMBED_THEMES: readonly string[];
export declare const EMBED_COLOURS: Readonly<Record<string, string>>;
export declare function safeHttpUrl(value: string, base: string): string | null;
export declare function safeNear(value: string): string | null;
export declare function parseAllowedOrigins(value: string | null | undefined, base: string): string[];
export interface EmbedParams {
  attributes: Record<string, string>;
  colours: Record<string, string>;
  theme: string | null;
  rejected: string[];
  refusedOrigins: { name: 'src' | 'map-style'; origin: string }[];
  /** Colours corrected to keep 4.5:1 (said in the page). */
  corrected: ColourCorrection[];
}
export interface ColourCorrection {
  name: 'accent' | 'accent-text';
  from: string;
  to: string;
  /** Contrast after, and before, the correction. */
  ratio: number;
  was: number;
}
export declare const DEFAULT_ACCENT: string;
export declare const DEFAULT_ACCENT_TEXT: string;
export declare const MIN_CONTRAST: number;
export declare function contrastRatio(a: string, b: string): number;
export declare function safeAccentPair(accent: string, accentText: string, background?: string): { accent: string; accentText: string; corrections: ColourCorrection[] };
export declare function parseEmbedParams(search: string, options: { base: string; needIds: readonly string[]; allowedOrigins?: readonly string[] }): EmbedParams;
