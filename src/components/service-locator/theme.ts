/**
 * The shared look of the element and its inner views. Appearance comes from the public
 * `--service-locator-*` custom properties (they inherit through the inner shadow roots); the
 * defaults meet WCAG AA contrast on white. Owns sizes of targets (44 px), the focus ring,
 * forced-colours and reduced-motion handling common to every view.
 */
import { css } from 'lit';

/**
 * Only the theme's custom properties (`--_accent`, `--_text`, …) from the public
 * `--service-locator-*` ones: for a view that must not take the element rules below (the map,
 * whose shadow root also holds MapLibre's own controls).
 */
export const themeTokens = css`
  :host {
    --_accent: var(--service-locator-accent, #0a4f9e);
    --_accent-text: var(--service-locator-accent-text, #ffffff);
    --_text: var(--service-locator-text, #1b1b1b);
    --_muted: var(--service-locator-muted, #4a4a4a);
    --_bg: var(--service-locator-background, #ffffff);
    --_surface: var(--service-locator-surface, #f4f5f7);
    --_border: var(--service-locator-border, #6b6b6b);
    /* Cards and secondary buttons: a quieter line (their words identify them, WCAG 1.4.11). */
    --_border-soft: var(--service-locator-border-soft, #c4c8ce);
    --_radius: var(--service-locator-radius, 6px);
    --_font: var(--service-locator-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_focus: var(--service-locator-focus, #b3400a);
    --_open: var(--service-locator-open, #1a6630);
    --_closed: var(--service-locator-closed, #9e2227);
    --_target: 44px;
  }
`;

/**
 * The host rule every inner view starts from: a block in the theme's font and text colour,
 * gone when `hidden` (a `display` on `:host` would otherwise beat the attribute).
 */
export const viewHostStyles = css`
  :host {
    display: block;
    font-family: var(--_font);
    color: var(--_text);
  }
  :host([hidden]) {
    display: none;
  }
`;

/** The custom properties and the element rules every view shares. */
export const themeStyles = css`
  ${themeTokens}
  * {
    box-sizing: border-box;
  }
  /* Labels never break inside a word ("Fer/me/r"), and never hyphenate. */
  button,
  .button,
  summary,
  label,
  legend,
  th {
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
  }
  /* A disclosure shows that it opens: a chevron that turns (the browser's marker is gone once
     the summary is a flex box). */
  summary {
    list-style: none;
    gap: 0.6em;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-0.1em) rotate(-45deg);
    transition: transform 0.15s;
  }
  details[open] > summary::before {
    transform: translateY(-0.2em) rotate(45deg);
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button,
  .button,
  select,
  input {
    font: inherit;
    color: inherit;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.35em;
    min-height: var(--_target);
    min-width: var(--_target);
    padding: 0.4em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    text-decoration: none;
    cursor: pointer;
    line-height: 1.2;
    text-align: center;
  }
  button.primary,
  .button.primary,
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  button:hover,
  .button:hover {
    text-decoration: underline;
  }
  button:disabled {
    cursor: not-allowed;
    border-style: dashed;
    color: var(--_muted);
    background: var(--_surface);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  input[type='text'],
  input[type='search'],
  select {
    min-height: var(--_target);
    padding: 0.4em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    max-width: 100%;
  }
  input[type='checkbox'] {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_accent);
  }
  a {
    color: var(--_accent);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .button {
      border: 1px solid ButtonText;
    }
    button[aria-pressed='true'],
    button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
