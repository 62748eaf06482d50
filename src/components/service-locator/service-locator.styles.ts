/** The root element's own styles (the shared theme comes from ./theme.ts). */
import { css } from 'lit';

export const rootStyles = css`
      :host {
        display: block;
        font-family: var(--_font);
        color: var(--_text);
        background: var(--_bg);
        line-height: 1.45;
        overflow-wrap: anywhere;
      }
      :host([hidden]) {
        display: none;
      }
      .frame {
        /* On the frame, not the host: size containment on the host would collapse it in a flex row. */
        container-type: inline-size;
        padding: 0.5em;
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
      .origin button {
        border-radius: 999px;
        background: var(--_surface);
        color: var(--_text);
        border-color: var(--_border);
      }
      .choices {
        list-style: none;
        padding: 0;
        margin: 0.3em 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
      }
      .message {
        margin: 0.4em 0 0;
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em 1em;
        align-items: center;
        justify-content: space-between;
        margin: 1em 0 0.6em;
      }
      .count {
        margin: 0;
        font-weight: 700;
        font-size: 1.1em;
      }
      .sort {
        display: flex;
        align-items: center;
        gap: 0.4em;
      }
      .views {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3em;
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
      .empty h3 {
        font-size: 1.05em;
        margin: 0.2em 0;
      }
      .empty ul {
        list-style: none;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.4em;
      }
      h2.results-heading {
        margin: 0;
      }
      .choices li[role='option'] {
        min-height: var(--_target);
        display: flex;
        align-items: center;
        padding: 0.2em 0.8em;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        cursor: pointer;
      }
      .choices li[aria-selected='true'] {
        outline: 3px solid var(--_focus);
        outline-offset: 1px;
        background: var(--_surface);
      }
      .choices:focus {
        outline: none;
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
