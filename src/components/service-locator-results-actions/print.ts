/**
 * Printing the current results as a clean A4 list, from inside any host page.
 *
 * How, and why this way: the element lives in someone else's page, in a shadow root, maybe
 * under a strict CSP (`style-src 'self'`). A print stylesheet inside our shadow root cannot hide
 * the host page, a new window or iframe would need a document we write styles into (inline
 * <style> is refused by such a CSP, and popups get blocked), and `innerHTML` of data is out.
 * So, only for the duration of one print:
 *  1. a `<div class="service-locator-print-root">` is appended to the document's `<body>`; the
 *     list is built inside its own shadow root with `createElement` and `textContent` only, and
 *     styled by a constructable stylesheet adopted there, so the host's CSS (`div { … }`,
 *     `h2 { … }`) cannot reach the list and our rules cannot leak out;
 *  2. one document-level constructable stylesheet is adopted (`document.adoptedStyleSheets`,
 *     allowed by `style-src 'self'`): on screen the print root is hidden; in print, every other
 *     child of `<body>` is hidden and `@page` sets A4 with 15 mm margins;
 *  3. both are removed on `afterprint` (and when the element is disconnected, and before the
 *     next preparation), so the host page is left exactly as it was.
 * Browsers without constructable stylesheets (Safari before 16.4) get `<style>` elements
 * instead: fine without a strict CSP, which those browsers are the only ones to be hit by.
 * One print at a time per document: preparing a new one removes the previous one.
 */
import { colon, type PrintModel } from './print-model.js';

export const PRINT_ROOT_CLASS = 'service-locator-print-root';

const DOCUMENT_CSS = `
@media screen { .${PRINT_ROOT_CLASS} { display: none !important; } }
@media print {
  html, body { background: #fff !important; margin: 0 !important; padding: 0 !important; }
  body > :not(.${PRINT_ROOT_CLASS}) { display: none !important; }
  /* !important and visibility: host print sheets often hide "everything" their own way. */
  .${PRINT_ROOT_CLASS} { display: block !important; visibility: visible !important; position: static !important; }
}
@page { size: A4; margin: 15mm; }
`;

const LIST_CSS = `
:host { all: initial; display: block; color: #000; background: #fff;
  font: 10.5pt/1.35 system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; }
h1 { font-size: 16pt; margin: 0 0 2mm; }
.header p { margin: 0 0 1mm; }
.header { border-bottom: 0.4mm solid #000; padding-bottom: 2mm; margin-bottom: 4mm; }
ol { list-style: none; margin: 0; padding: 0; }
.place { break-inside: avoid; page-break-inside: avoid; padding: 0 0 3mm; margin: 0 0 3mm; border-bottom: 0.2mm solid #777; }
h2 { font-size: 12.5pt; margin: 0; break-after: avoid; }
.kind { margin: 0 0 1mm; font-style: italic; }
p { margin: 0.5mm 0; }
.label { font-weight: bold; }
ul { margin: 0.5mm 0 0.5mm 5mm; padding: 0; }
li { margin: 0; }
`;

interface StyleTarget {
  adoptedStyleSheets: CSSStyleSheet[];
}

/** Adds `css` to a document or shadow root; returns what undoes it. */
function addStyles(target: Document | ShadowRoot, css: string): () => void {
  // nodeType, not instanceof: the document may belong to another window (an iframe).
  const isDoc = target.nodeType === 9;
  const doc = isDoc ? (target as Document) : (target.ownerDocument as Document);
  const win = doc.defaultView;
  if (win && 'adoptedStyleSheets' in target && 'replaceSync' in win.CSSStyleSheet.prototype) {
    // A sheet must be made by the window of the document that adopts it.
    const sheet = new win.CSSStyleSheet();
    sheet.replaceSync(css);
    const t = target as unknown as StyleTarget;
    t.adoptedStyleSheets = [...t.adoptedStyleSheets, sheet];
    return () => {
      t.adoptedStyleSheets = t.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }
  const style = doc.createElement('style');
  style.textContent = css;
  (isDoc ? doc.head ?? doc.documentElement : target).appendChild(style);
  return () => style.remove();
}

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** The printed list as elements (text only), in `root`. */
export function renderPrintList(doc: Document, root: ShadowRoot | HTMLElement, model: PrintModel): void {
  const header = el(doc, 'header', undefined, 'header');
  header.append(el(doc, 'h1', model.title), ...model.header.map((h) => el(doc, 'p', h)));
  const list = el(doc, 'ol');
  for (const p of model.places) {
    const li = el(doc, 'li', undefined, 'place');
    li.append(el(doc, 'h2', p.name));
    if (p.kind) li.append(el(doc, 'p', p.kind, 'kind')); // empty for a place printed incomplete
    for (const line of p.lines) {
      const para = el(doc, 'p');
      if (line.label) para.append(el(doc, 'span', line.label + (line.text || line.items?.length ? colon(model.lang) : ''), 'label'));
      if (line.text) para.append(line.text);
      li.append(para);
      if (line.items?.length) {
        const ul = el(doc, 'ul');
        ul.append(...line.items.map((i) => el(doc, 'li', i)));
        li.append(ul);
      }
    }
    list.append(li);
  }
  root.append(header, list);
}

let active: (() => void) | undefined;

/**
 * Puts the printed list of `model` in `doc` and the styles that print it alone; returns the
 * cleanup (also run by the next preparation). Does not open the print dialog.
 */
export function preparePrint(doc: Document, model: PrintModel): () => void {
  active?.();
  const host = el(doc, 'div', undefined, PRINT_ROOT_CLASS);
  host.setAttribute('aria-hidden', 'true');
  const shadow = host.attachShadow({ mode: 'open' });
  const undoList = addStyles(shadow, LIST_CSS);
  renderPrintList(doc, shadow, model);
  (doc.body ?? doc.documentElement).appendChild(host);
  const undoDoc = addStyles(doc, DOCUMENT_CSS);
  const cleanup = (): void => {
    if (active === cleanup) active = undefined;
    undoDoc();
    undoList();
    host.remove();
  };
  active = cleanup;
  return cleanup;
}

/**
 * Prepares, opens the print dialog, and cleans up on `afterprint`. `window.print()` blocks in
 * most browsers but returns at once in some (mobile Safari), so the cleanup waits for the event,
 * not for the call to return.
 */
export function printModel(doc: Document, model: PrintModel): () => void {
  const cleanup = preparePrint(doc, model);
  const win = doc.defaultView;
  if (!win) return cleanup;
  const done = (): void => {
    win.removeEventListener('afterprint', done);
    cleanup();
  };
  win.addEventListener('afterprint', done);
  try {
    win.print();
  } catch {
    done();
  }
  return done;
}
