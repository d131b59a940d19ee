/**
 * The page's first module. It paints the dashboard's first figure from IndexedDB before the app's
 * code (React, Dexie, the translations: most of a megabyte to compile and run) starts, so a rep
 * sees the money as soon as the database answers, not after all of that. The app then renders
 * beneath the paint and takes it away when its screen is up.
 */
import '../app/app.css';
// The landing screen's styles are in the first stylesheet: the paint and the app's dashboard
// lay out alike, so nothing moves when the app takes over.
import '../features/dashboard/dashboard.css';
import './boot.css';
import { ROUTE_LIST, routeIdFromHash } from '../app/route-list';
import { pickBootLanguage } from './boot-language';
import { readFirstFigures } from './first-figures';
import { dismissBootPaint, paintFirstFigures } from './paint';
import { databaseName } from '../data/db-name';
import { USER_KEY } from '../data/current-user';
import { today } from '../state/clock';

async function paintDashboard(): Promise<void> {
  if (routeIdFromHash(window.location.hash) !== 'dashboard') return;
  const language = pickBootLanguage(window);
  if (!language) return;
  const figures = await readFirstFigures(
    indexedDB,
    databaseName(),
    today(),
    localStorage.getItem(USER_KEY),
  );
  // The app may already be up (a small database, a fast machine), or the user moved on.
  if (!figures || window.__appScreenUp || routeIdFromHash(window.location.hash) !== 'dashboard')
    return;
  paintFirstFigures(document, language, ROUTE_LIST, figures);
  window.addEventListener('hashchange', () => dismissBootPaint(), { once: true });
}

declare global {
  interface Window {
    /** Set by the app once its first screen is up (renderer/boot/paint.ts). */
    __appScreenUp?: boolean;
  }
}

/** The app never waits longer than this for the paint (a database held by another window's upgrade). */
const PAINT_WAIT_MS = 1_000;

// The app's code starts once the paint is on screen: started together, its compiling and
// running (one long task of 150-300 ms) held back the database's answers to the paint.
// A failed paint costs nothing but the head start: the app shows the same figures anyway.
void Promise.race([
  paintDashboard().catch(() => dismissBootPaint()),
  new Promise((resolve) => setTimeout(resolve, PAINT_WAIT_MS)),
]).then(() => import('../main'));
