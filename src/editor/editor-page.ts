/**
 * Entry of the editor page's bundle (demo/editor.html → dist/editor/editor.js): registers the
 * widget (for the preview) and `<service-locator-editor>`. A build of its own, so nothing of the
 * editor ever reaches the widget's chunks.
 */
import '../define.js';
import { ServiceLocatorEditorElement } from './service-locator-editor.js';

ServiceLocatorEditorElement.define();

declare global {
  interface HTMLElementTagNameMap {
    'service-locator-editor': ServiceLocatorEditorElement;
  }
}

export { ServiceLocatorEditorElement };
