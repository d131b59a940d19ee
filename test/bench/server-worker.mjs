// A worker thread does not inherit the bench's TypeScript loader: register it, then load the
// worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./server-worker.ts');
