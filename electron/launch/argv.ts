import { extname, isAbsolute } from 'node:path';
import { DEEP_LINK_SCHEME, routeOfDeepLink } from './deep-link';
import type { LinkableRoute } from '../../shared/ipc';

/** The file types the app registers with the OS (electron-builder.yml fileAssociations). */
export const IMPORT_EXTENSIONS: readonly string[] = ['.csv', '.xlsx'];

export interface LaunchRequest {
  readonly routes: readonly LinkableRoute[];
  /** Absolute paths of .csv/.xlsx files to import. */
  readonly files: readonly string[];
}

/**
 * What a command line asks the app to open (first launch, or a second instance's argv on Windows
 * and Linux): deep links and files to import. Chromium switches and the executable (and, unpackaged,
 * the main script) are skipped; unknown links and other files are ignored.
 */
export function launchRequestOf(argv: readonly string[], packaged: boolean): LaunchRequest {
  const routes: LinkableRoute[] = [];
  const files: string[] = [];
  for (const arg of argv.slice(packaged ? 1 : 2)) {
    if (arg.startsWith('-')) continue;
    if (arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) {
      const route = routeOfDeepLink(arg);
      if (route) routes.push(route);
      continue;
    }
    if (isImportFile(arg)) files.push(arg);
  }
  return { routes, files };
}

export function isImportFile(path: string): boolean {
  return isAbsolute(path) && IMPORT_EXTENSIONS.includes(extname(path).toLowerCase());
}
