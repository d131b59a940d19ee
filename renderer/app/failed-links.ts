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

/** Takes failed links out of the page, so loading the screen again adds and fetches them anew. */
export function removeFailedLinks(): void {
  for (const link of failedLinks) link.remove();
  failedLinks.clear();
}
