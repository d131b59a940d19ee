import { z } from 'zod';

/**
 * zod, configured once for every file of shared/ that declares schemas. Outside Node (the app's
 * pages and workers) zod must never compile parsers with `new Function`: the app's Content
 * Security Policy forbids eval, and even zod's probe for it logs a CSP violation at start-up.
 * The server and the desktop shell's main process run in Node, where compiled parsers are allowed
 * and faster.
 */
const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
if (!node) z.config({ jitless: true });

export { z };
