import { LitElement, html } from 'lit';

/**
 * @summary Shows where to get in-person help with administrative and social procedures.
 * @tag service-locator
 */
export class ServiceLocatorElement extends LitElement {
  static override properties = { src: { type: String } };
  src = '';
  override render() {
    return html`<p>service-locator</p>`;
  }
}
