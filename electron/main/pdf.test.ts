import { describe, expect, it } from 'vitest';
import { pageSizeFor, pdfOptions } from './pdf';

describe('pageSizeFor', () => {
  it.each([
    ['en-US', 'DE', 'Letter'],
    ['en-CA', 'DE', 'Letter'],
    ['es-MX', 'ES', 'Letter'],
    ['en-GB', 'US', 'A4'],
    ['de', 'DE', 'A4'],
    ['fr', 'FR', 'A4'],
    ['zh-CN', 'CN', 'A4'],
    ['pl', 'PL', 'A4'],
    ['en', 'US', 'Letter'],
    ['en', 'us', 'Letter'],
    ['en', 'IE', 'A4'],
    ['not a locale', 'US', 'Letter'],
    ['not a locale', '', 'A4'],
  ])('%s in %s → %s', (locale, country, size) => expect(pageSizeFor(locale, country)).toBe(size));
});

describe('pdfOptions', () => {
  it("prints backgrounds on the paper of the locale, and no page numbers over the page's own", () => {
    const options = pdfOptions('de', 'DE');
    expect(options).toMatchObject({
      pageSize: 'A4',
      displayHeaderFooter: false,
      printBackground: true,
    });
    expect(options.footerTemplate).toBeUndefined();
  });
});
