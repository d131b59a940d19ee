/**
 * Paper size by locale, for the desktop shell's PDFs and the web app's print layout.
 */
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

/**
 * The paper for the app's language in a browser: the region of the browser's own language when
 * it is the same language (en-GB → A4, en-US → Letter), else the language's usual region.
 */
const USUAL_REGION: Readonly<Record<string, string>> = {
  en: 'US',
  de: 'DE',
  fr: 'FR',
  es: 'ES',
  it: 'IT',
  pl: 'PL',
  zh: 'CN',
};

export function browserPageSize(
  appLanguage: string,
  browserLanguages: readonly string[],
): PageSize {
  const base = (tag: string) => tag.split('-')[0]?.toLowerCase() ?? '';
  const same = browserLanguages.find((tag) => base(tag) === base(appLanguage));
  let region: string | undefined;
  try {
    region = same ? new Intl.Locale(same).region : undefined;
  } catch {
    region = undefined;
  }
  return pageSizeFor(appLanguage, region ?? USUAL_REGION[base(appLanguage)] ?? '');
}
