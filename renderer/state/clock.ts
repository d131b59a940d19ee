// Direct paths, not shared/index: this file is in the start-up paint's small first module.
import { formatIsoDate, type IsoDate } from '../../shared/calendar/dates';

/**
 * The app's clock. `?today=YYYY-MM-DD` pins it (tests and screenshots stay stable); otherwise it
 * is the local calendar date.
 */
function pinned(): IsoDate | null {
  const value = new URLSearchParams(window.location.search).get('today');
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
}

const PINNED = pinned();

export function today(): IsoDate {
  if (PINNED) return PINNED;
  const now = new Date();
  return formatIsoDate({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

export function nowIso(): string {
  return PINNED ? `${PINNED}T12:00:00.000Z` : new Date().toISOString();
}
