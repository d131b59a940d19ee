const failedLinks = new Set<HTMLLinkElement>();

/**
 * Remembers <link> elements (a screen's stylesheet, a module preload) that failed to load.
 * Load errors do not bubble, so this listens in the capture phase on the document.
 */
export function trackFailedLinks(doc: Document): void {
  doc.addEventListener(
    'error',
    (event) => {
      const target = event.target;
      if (target instanceof HTMLLinkElement) failedLinks.add(target);
    },
    true,
  );
}

/**
 * Fetches failed stylesheets again. Vite's preloader asks for each file once per page and
 * never again, so a screen retried after a failed load would otherwise show without its
 * styles. Resolves once they have loaded; rejects if one fails again (it stays remembered).
 * Failed module preloads are only dropped: importing the screen fetches its modules itself.
 */
export function restoreFailedLinks(): Promise<void> {
  const links = [...failedLinks];
  failedLinks.clear();
  return Promise.all(
    links.map((link) => {
      const parent = link.parentNode;
      link.remove();
      if (link.rel !== 'stylesheet' || !parent) return undefined;
      const fresh = link.cloneNode() as HTMLLinkElement;
      return new Promise<void>((resolve, reject) => {
        fresh.addEventListener('load', () => resolve(), { once: true });
        fresh.addEventListener('error', () => reject(new Error(`Unable to load ${fresh.href}`)), {
          once: true,
        });
        parent.appendChild(fresh);
      });
    }),
  ).then(() => undefined);
}
