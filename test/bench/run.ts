/**
 * `npm run bench`: prints figures, never asserts on time (the machines are shared and noisy).
 * Each section measures its own raw floor in the same run and prints the ratio against it.
 */
import { benchCalculators } from './calculators.bench';
import { benchBrowser } from './browser.bench';
import { benchBundle } from './bundle.bench';
import { benchApp } from './app.bench';
import { benchServer } from './server.bench';
import { benchSync } from './sync.bench';

const only = process.argv[2];
console.log(`partner-rewards bench — node ${process.version}, ${new Date().toISOString()}`);
if (!only || only === 'calculators') benchCalculators();
if (!only || only === 'browser') await benchBrowser();
if (!only || only === 'bundle') benchBundle();
if (!only || only === 'app') await benchApp();
if (!only || only === 'server') await benchServer();
if (!only || only === 'sync') await benchSync(Number(process.env.BENCH_SYNC_LINES ?? 100_000));
