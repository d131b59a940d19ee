import { formatNumber } from '../../format/format';

/** "+1,250" / "−300" / "0" for a change in points, in the locale's digits. */
export function signedPoints(points: number, locale: string): { sign: string; formatted: string } {
  return {
    sign: points > 0 ? '+' : points < 0 ? '−' : '',
    formatted: formatNumber(Math.abs(points), locale),
  };
}
