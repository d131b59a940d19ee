import type { PrintToPDFOptions } from 'electron';

/**
 * Where paper is US Letter (CLDR's paperSize data: the US, Canada and parts of Latin America
 * and the Philippines); A4 everywhere else.
 */
const LETTER_REGIONS: ReadonlySet<string> = new Set([
  'US',
  'CA',
  'MX',
  'CL',
  'CO',
  'CR',
  'GT',
  'PA',
  'PH',
  'PR',
  'SV',
  'VE',
  'DO',
  'NI',
  'BZ',
]);

export type PageSize = 'A4' | 'Letter';

/**
 * The paper for a language tag; a tag without a region (the app's 'en', 'de', …) takes the OS
 * country. Unparseable tags count as having no region.
 */
export function pageSizeFor(locale: string, osCountry: string): PageSize {
  let region: string | undefined;
  try {
    region = new Intl.Locale(locale).region;
  } catch {
    region = undefined;
  }
  return LETTER_REGIONS.has((region ?? osCountry).toUpperCase()) ? 'Letter' : 'A4';
}

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
