/**
 * The editor's look: the widget's theme (focus ring, 44 px targets, forced colours) plus a
 * three-column workspace (places, form, preview) that stacks on narrow screens.
 */
import { css } from 'lit';
import { themeStyles, viewHostStyles } from '../components/service-locator/theme.js';

export const editorStyles = [
  themeStyles,
  viewHostStyles,
  css`
    :host {
      line-height: 1.45;
    }
    h2 {
      font-size: 1.3rem;
      margin: 0.5rem 0;
    }
    h3 {
      font-size: 1.05rem;
      margin: 0.75rem 0 0.25rem;
    }
    [tabindex='-1']:focus {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    .drop {
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
      padding: 1rem;
      background: var(--_surface);
    }
    .drop.dragging {
      border-style: solid;
      border-color: var(--_accent);
    }
    .drop label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.92rem;
      margin: 0.2rem 0;
    }
    .example {
      font-family: ui-monospace, monospace;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    .status {
      min-height: 1.5em;
      font-weight: 600;
    }
    .workspace {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: minmax(14rem, 1fr) minmax(20rem, 2fr) minmax(20rem, 2fr);
      align-items: start;
    }
    @media (max-width: 70rem) {
      .workspace {
        grid-template-columns: 1fr;
      }
    }
    .place-list {
      list-style: none;
      padding: 0;
      margin: 0;
      max-height: 70vh;
      overflow: auto;
    }
    .place-button {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
      width: 100%;
      text-align: start;
      margin: 0 0 0.25rem;
      background: var(--_bg);
      color: var(--_text);
      border: 1px solid var(--_border);
    }
    .place-button[aria-current='true'] {
      border-width: 3px;
      border-color: var(--_accent);
      font-weight: 600;
    }
    .place-button .where {
      color: var(--_muted);
    }
    .badge {
      font-size: 0.85rem;
      border-radius: 1rem;
      padding: 0 0.5rem;
      border: 1px solid currentColor;
    }
    .badge.error,
    .err,
    .problems .error .sev {
      color: var(--_closed);
    }
    .badge.note {
      color: var(--_muted);
    }
    .err {
      margin: 0.2rem 0;
      font-weight: 600;
    }
    .warn {
      border-left: 4px solid var(--_focus);
      padding-left: 0.5rem;
    }
    .ok {
      color: var(--_open);
    }
    .problems {
      border: 2px solid var(--_closed);
      border-radius: var(--_radius);
      padding: 0 0.75rem 0.5rem;
      margin-bottom: 1rem;
    }
    .problems ul {
      padding-left: 1rem;
    }
    .sev {
      font-weight: 600;
      margin-right: 0.25rem;
    }
    button.link {
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      border: 0;
      padding: 0 0.25rem;
      min-height: 0;
    }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      margin: 0 0 1rem;
      padding: 0.5rem 0.75rem 0.75rem;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .field {
      margin: 0.5rem 0;
    }
    .field label {
      display: block;
      font-weight: 600;
    }
    .req {
      font-weight: normal;
      color: var(--_muted);
    }
    input[type='text'],
    input[type='search'],
    input[type='tel'],
    input[type='email'],
    input[type='url'],
    select,
    textarea {
      width: 100%;
      min-height: var(--_target);
      font: inherit;
      padding: 0.25rem 0.5rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      color: var(--_text);
    }
    [aria-invalid='true'] {
      border: 2px solid var(--_closed);
    }
    .row {
      display: flex;
      gap: 0.75rem;
      align-items: end;
    }
    .row > * {
      flex: 1;
    }
    .row > button {
      flex: 0 0 auto;
    }
    .chips {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
    }
    .chips legend {
      width: 100%;
    }
    .chip,
    .radio,
    .check {
      display: inline-flex;
      align-items: center;
      gap: 0.35rem;
      min-height: var(--_target);
    }
    .chip {
      border: 1px solid var(--_border);
      border-radius: 1.5rem;
      padding: 0 0.75rem 0 0.5rem;
    }
    .chip:has(input:checked) {
      background: var(--_accent);
      color: var(--_accent-text);
      border-color: var(--_accent);
    }
    .chip input,
    .radio input,
    .check input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
    }
    .radios {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
    }
    .radios legend {
      width: 100%;
    }
    .days {
      display: grid;
      grid-template-columns: 1fr;
    }
    .day {
      display: grid;
      grid-template-columns: 7rem 1fr;
      align-items: center;
      gap: 0 0.5rem;
      margin: 0.2rem 0;
    }
    .day .err {
      grid-column: 2;
    }
    .hours-words {
      margin: 0;
      padding-left: 1.25rem;
    }
    .communes {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem;
    }
    .stops ul {
      padding-left: 1rem;
    }
    .stops li {
      margin-bottom: 0.4rem;
    }
    .map-panel[hidden] {
      display: none;
    }
    .point-map {
      position: relative;
      height: 20rem;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    /* The centre the keyboard places the point at. */
    .point-map::after {
      content: '+';
      position: absolute;
      left: 50%;
      top: 50%;
      transform: translate(-50%, -50%);
      font: 700 1.75rem/1 var(--_font);
      color: var(--_closed);
      pointer-events: none;
      z-index: 2;
    }
    .danger button {
      background: var(--_bg);
      color: var(--_closed);
      border: 2px solid var(--_closed);
    }
    .preview service-locator {
      display: block;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      max-height: 80vh;
      overflow: auto;
    }
  `,
];
