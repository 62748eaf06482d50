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
}
export declare function parseEmbedParams(search: string, options: { base: string; needIds: readonly string[]; allowedOrigins?: readonly string[] }): EmbedParams;
