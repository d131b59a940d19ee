import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../electron/policy/csp';
import { goTo, openApp } from './app-page';

/**
 * The desktop shell sends CONTENT_SECURITY_POLICY with every file of the build. Serve the same
 * build with it here (Chromium, the engine Electron embeds) and go through every screen: nothing
 * the app does may be refused by it.
 */
test('the desktop Content Security Policy refuses nothing the app does', async ({ page }) => {
  test.setTimeout(240_000);
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': CONTENT_SECURITY_POLICY },
    });
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const violations = () =>
    page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  await openApp(page, 'desktop-csp');
  for (const route of [
    'claims',
    'elevate',
    'loyalty',
    'leap',
    'planner',
    'team',
    'import',
    'settings',
    'dashboard',
  ]) {
    await goTo(page, route);
    await expect(page.locator('#root main h1').first()).toBeVisible();
  }
  // Zod probes once per schema module whether eval works (`Function('')` in a try, falling back
  // to its plain parser when refused): those refusals are the policy working, not the app failing.
  const unexpected = (await violations()).filter((v) => !v.startsWith('script-src eval '));
  expect(unexpected).toEqual([]);
  // The policy really is in force: an inline script is refused (evaluate() itself bypasses CSP).
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.body.appendChild(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false;
  });
  expect(ran).toBe(false);
  // Reported once per policy that refuses it (the page's meta tag and the shell's header).
  const inline = async () => (await violations()).filter((v) => !v.startsWith('script-src eval '));
  await expect.poll(async () => (await inline()).length).toBeGreaterThan(0);
  for (const v of await inline()) expect(v).toMatch(/^script-src(-elem)? inline/);
});
