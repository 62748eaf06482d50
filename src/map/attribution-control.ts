/**
 * The map's credits ("© IGN …"), as text. MapLibre's own AttributionControl parses each credit
 * as HTML (`DOMParser.parseFromString`), a sink that `require-trusted-types-for 'script'` refuses:
 * under that policy it threw and the credits vanished. Credits are shown here as text, the links
 * of a style's HTML credits dropped (their text kept), with MapLibre's class names so its CSS
 * places them.
 * Owns: collecting the style sources' `attribution` strings and the custom credit, and showing
 * them. Does not own: which credits a style needs (the style and the adapter decide).
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';

/** Text of an attribution string that may hold HTML: tags dropped, common entities decoded. */
export function attributionText(html: string): string {
  const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', copy: '©' };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return entities[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export class TextAttributionControl implements IControl {
  private map: MapLibreMap | undefined;
  private container: HTMLElement | undefined;
  private inner: HTMLElement | undefined;
  private readonly update = () => this.render();

  constructor(private readonly custom: string | undefined) {}

  onAdd(map: MapLibreMap): HTMLElement {
    this.map = map;
    const container = document.createElement('div');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
    const inner = document.createElement('div');
    inner.className = 'maplibregl-ctrl-attrib-inner';
    container.append(inner);
    this.container = container;
    this.inner = inner;
    map.on('styledata', this.update);
    map.on('sourcedata', this.update);
    this.render();
    return container;
  }

  onRemove(): void {
    this.map?.off('styledata', this.update);
    this.map?.off('sourcedata', this.update);
    this.container?.remove();
    this.map = undefined;
  }

  private render(): void {
    const map = this.map;
    const inner = this.inner;
    if (!map || !inner) return;
    const credits: string[] = [];
    if (this.custom) credits.push(this.custom);
    const sources = map.getStyle()?.sources ?? {};
    for (const source of Object.values(sources)) {
      const a = 'attribution' in source && typeof source.attribution === 'string' ? attributionText(source.attribution) : '';
      if (a && !credits.includes(a)) credits.push(a);
    }
    const text = credits.join(' | ');
    if (inner.textContent !== text) inner.textContent = text;
  }
}
