import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from './test/browser/chromium';

const HARNESS_PORT = Number(process.env.HARNESS_PORT ?? 4174);
// Several builds can be tested side by side: APP_DIST picks the build folder, APP_PORT its port.
const APP_PORT = Number(process.env.APP_PORT ?? 4173);
const APP_DIST = resolve(process.env.APP_DIST ?? 'dist/web');

export default defineConfig({
  testDir: './test',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    headless: true,
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: 'data-core',
      testMatch: 'browser/data-core/**/*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${HARNESS_PORT}/` },
    },
    {
      name: 'e2e',
      testMatch: 'e2e/**/*.spec.ts',
      use: { baseURL: `http://127.0.0.1:${APP_PORT}/`, viewport: { width: 1360, height: 900 } },
    },
    {
      // The real desktop app through Playwright's _electron; skips (saying why) without its binary.
      name: 'electron',
      testMatch: 'electron/**/*.spec.ts',
      workers: 1,
    },
  ],
  webServer: [
    {
      // The production web build (npm run build), as a rep's browser or Electron would load it.
      command: `npx vite preview --outDir ${APP_DIST} --host 127.0.0.1 --port ${APP_PORT} --strictPort`,
      url: `http://127.0.0.1:${APP_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --config test/browser/vite.config.ts --host 127.0.0.1 --port ${HARNESS_PORT} --strictPort`,
      url: `http://127.0.0.1:${HARNESS_PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
  ],
});
