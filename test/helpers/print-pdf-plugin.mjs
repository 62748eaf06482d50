/**
 * web-test-runner server plugin: the `print-pdf` command prints the calling test's page to an
 * A4 PDF in headless Chromium (Puppeteer's `page.pdf`, which applies print media and @page rules
 * like a real print) and returns the PDF's text, read back with pdfjs-dist, so a test can check
 * what a printed page would really show. Only for @web/test-runner-chrome (Puppeteer) sessions:
 * Chromium prints through the DevTools protocol, Firefox through WebDriver BiDi's
 * browsingContext.print (web-test-runner.firefox.config.mjs), so the print tests run in both.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Text of every page of a PDF, pages separated by a form feed, lines by newlines. */
export async function pdfText(bytes) {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text);
    }
  } finally {
    await doc.destroy();
  }
  return { text: pages.join('\f'), pages: doc.numPages };
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function printPdfPlugin() {
  return {
    name: 'print-pdf',
    async executeCommand({ command, session }) {
      if (command !== 'print-pdf') return undefined;
      const browser = session.browser;
      if (typeof browser.getPage !== 'function') throw new Error('print-pdf needs the Chrome (Puppeteer) launcher');
      const page = browser.getPage(session.id);
      const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
      return pdfText(pdf);
    },
  };
}
