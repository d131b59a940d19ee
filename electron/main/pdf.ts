import type { PrintToPDFOptions } from 'electron';

export { pageSizeFor, type PageSize } from '../../shared/print/paper';
import { pageSizeFor } from '../../shared/print/paper';

/** A footer with "page / pages" (Chromium fills the classes in); an empty header. */
export const PDF_FOOTER =
  '<div style="width:100%;font-size:8px;color:#555;text-align:center;font-family:sans-serif">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/** printToPDF's options: paper by locale, backgrounds, page numbers in the footer. */
export function pdfOptions(locale: string, osCountry: string): PrintToPDFOptions {
  return {
    pageSize: pageSizeFor(locale, osCountry),
    printBackground: true,
    displayHeaderFooter: true,
    headerTemplate: '<span></span>',
    footerTemplate: PDF_FOOTER,
    // Inches; the bottom margin leaves room for the page numbers.
    margins: { top: 0.4, bottom: 0.6, left: 0.4, right: 0.4 },
    preferCSSPageSize: false,
  };
}
