import type { PrintToPDFOptions } from 'electron';

export { pageSizeFor, type PageSize } from '../../shared/print/paper';
import { pageSizeFor } from '../../shared/print/paper';

/**
 * printToPDF's options: paper by locale and backgrounds. No header or footer of Chromium's: the
 * page's own CSS numbers its pages in the document's language ("Seite 1 von 5",
 * renderer/print/page-css.ts), and Chromium would draw its "1 / 5" over it. The page's @page
 * margins leave room for them.
 */
export function pdfOptions(locale: string, osCountry: string): PrintToPDFOptions {
  return {
    pageSize: pageSizeFor(locale, osCountry),
    printBackground: true,
    displayHeaderFooter: false,
    preferCSSPageSize: false,
  };
}
