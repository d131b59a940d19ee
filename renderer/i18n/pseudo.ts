const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  A: 'Å',
  E: 'É',
  I: 'Î',
  O: 'Ø',
  U: 'Û',
  y: 'ý',
};

/**
 * Pseudo-localisation: accents every letter outside {{placeholders}} and lengthens the text by
 * about 40 % inside brackets, so untranslated strings and tight boxes show at a glance.
 */
export function pseudoLocalise(value: unknown): unknown {
  if (typeof value === 'string') {
    const parts = value.split(/(\{\{[^}]+\}\}|<[^>]+>|\$t\([^)]+\))/);
    const body = parts
      .map((p, i) => (i % 2 ? p : [...p].map((c) => ACCENTED[c] ?? c).join('')))
      .join('');
    const pad = '~'.repeat(Math.ceil(value.length * 0.4));
    return `[${body}${pad}]`;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoLocalise(v)]));
  }
  return value;
}
