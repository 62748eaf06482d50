/**
 * The root element's own styles (the shared theme comes from ./theme.ts); those of the parts the
 * first list paint does not show (the empty state, the commune choices, the map pane) come with
 * them, in ./root-late.ts.
 */
import { css } from 'lit';

export const rootStyles = css`
      :host {
        display: block;
        font-family: var(--_font);
        color: var(--_text);
        background: var(--_bg);
        line-height: 1.5;
        /* A long word or URL may break, but never a word that fits on a line ("Fer/me/r"). */
        overflow-wrap: break-word;
        hyphens: manual;
      }
      :host([hidden]) {
        display: none;
      }
      .frame {
        /* On the frame, not the host: size containment on the host would collapse it in a flex row. */
        container-type: inline-size;
        padding: 0.5em;
        /* 16 px at least, whatever the host page's size. */
        font-size: max(1em, 16px);
      }
      .skips {
        display: contents;
      }
      .skip {
        position: absolute;
        inset-inline-start: 0.5em;
        z-index: 10;
        transform: translateY(-200vh);
        background: var(--_bg);
      }
      .skip:focus,
      .skip:focus-visible {
        position: relative;
        inset-inline-start: 0;
        transform: none;
        margin: 0 0.5em 0.5em 0;
      }
      .location {
        margin: 0.8em 0 0;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        padding: 0.3em 0.8em 0.6em;
      }
      .location legend {
        font-weight: 600;
        padding: 0 0.3em;
      }
      .location label {
        display: block;
        margin-bottom: 0.2em;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
        align-items: center;
      }
      .row input {
        flex: 1 1 10em;
        min-width: 0;
      }
      /* A phone: the field on its own line, both buttons side by side under it. */
      @container (max-width: 30rem) {
        .row input {
          flex-basis: 100%;
        }
        .row button {
          flex: 1 1 auto;
          padding-inline: 0.6em;
        }
      }
      .origin button {
        border-radius: 999px;
        background: var(--_surface);
        color: var(--_text);
        border-color: var(--_border);
      }
      .message {
        margin: 0.4em 0 0;
      }
      /* One compact bar: the count on its own line, then sort and view side by side. */
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 0.75em;
        align-items: center;
        margin: 1.25em 0 0.75em;
        padding: 0 0 0.75em;
        border-bottom: 1px solid var(--_border-soft);
      }
      .count {
        flex: 1 0 100%;
        margin: 0;
        font-weight: 700;
        font-size: 1.125em;
        line-height: 1.35;
      }
      .sort {
        display: flex;
        align-items: center;
        gap: 0.4em;
      }
      .sort label {
        color: var(--_muted);
      }
      /* A segmented control: one outline, the pressed segment filled. */
      .views {
        display: inline-flex;
        margin-inline-start: auto;
        border: 1px solid var(--_accent);
        border-radius: var(--_radius);
      }
      .views button {
        border: 0;
        border-radius: 0;
        padding-inline: 0.75em;
      }
      .views button + button {
        border-inline-start: 1px solid var(--_accent);
      }
      .views button:first-child {
        border-start-start-radius: calc(var(--_radius) - 1px);
        border-end-start-radius: calc(var(--_radius) - 1px);
      }
      .views button:last-child {
        border-start-end-radius: calc(var(--_radius) - 1px);
        border-end-end-radius: calc(var(--_radius) - 1px);
      }
      @media (forced-colors: active) {
        .views button {
          border: 1px solid ButtonText;
        }
      }
      .map-off {
        flex: 1 0 100%;
        margin: 0;
        color: var(--_muted);
      }
      .export {
        margin: 0.25em 0 1em;
      }
      .export summary {
        display: inline-flex;
        align-items: center;
        min-height: var(--_target);
        padding: 0.4em 0.9em;
        border: 1px solid var(--_accent);
        border-radius: var(--_radius);
        color: var(--_accent);
        cursor: pointer;
      }
      .export[open] summary {
        margin-bottom: 0.5em;
      }
      .help {
        margin: 0.75em 0 0;
      }
      .help a {
        display: inline-flex;
        align-items: center;
        min-height: var(--_target);
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        gap: 1em;
      }
      @container (min-width: 56rem) {
        .layout.both {
          grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
          align-items: start;
        }
        .layout.both .map-pane {
          position: sticky;
          top: 0;
        }
      }
      .notice,
      .loading {
        padding: 0.6em 0.8em;
        border-left: 4px solid var(--_accent);
        background: var(--_surface);
        margin: 0.6em 0;
      }
      .error {
        padding: 0.8em 1em;
        border: 2px solid var(--_closed);
        border-radius: var(--_radius);
        margin: 0.6em 0;
      }
      .error h2 {
        font-size: 1.1em;
        margin: 0 0 0.3em;
      }
      h2.results-heading {
        margin: 0;
      }
      .hours-unknown button {
        margin-inline-start: 0.3em;
      }
      details.problems summary {
        min-height: var(--_target);
        display: flex;
        align-items: center;
        cursor: pointer;
        color: var(--_accent);
      }
    `;
