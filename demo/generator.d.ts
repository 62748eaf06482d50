// Types of generator.js (the demo is plain JavaScript, served as is).
export interface GeneratorConfig {
  scriptUrl: string;
  embedUrl: string;
  src: string;
  need: string;
  view: string;
  lang: string;
  mapStyle: string;
  height: number;
  accent: string;
  accentText: string;
  title: string;
}
export interface Snippets {
  script: string;
  iframe: string;
  frameUrl: string;
  title: string;
  /** Origins other than the embed page's that embed.html must allow (catalogue, map style). */
  allowedOrigins: string[];
  /** embed.html's script line with its data-allowed-origins. */
  embedScript: string;
}
export declare const IFRAME_TITLES: Record<'fr' | 'en', Record<'both' | 'list' | 'map', string>>;
export declare function escapeHtml(value: string): string;
export declare function contrastRatio(a: string, b: string): number;
export declare function otherOrigins(embedUrl: string, urls: readonly string[]): string[];
export declare function buildSnippets(config: GeneratorConfig): Snippets;
export declare function mountGenerator(
  host: HTMLElement,
  options?: { base?: string; previewDelayMs?: number },
): { snippets: () => Snippets; updateNow: () => void };
