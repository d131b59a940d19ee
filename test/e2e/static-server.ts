import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface StaticServer {
  readonly url: string;
  /** Serves `sw.js` changed by one comment line, as a new deployment of the app would be. */
  deployNewVersion(): void;
  /** How often each path was requested. */
  readonly requests: Map<string, number>;
  close(): Promise<void>;
}

/**
 * A static server for a build folder on a port the system picks (never one another worktree or
 * helper uses), whose service worker can change while a page is open.
 */
export async function serveBuild(dir: string): Promise<StaticServer> {
  let version = 1;
  const requests = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    requests.set(path, (requests.get(path) ?? 0) + 1);
    if (!file.startsWith(normalize(dir))) {
      response.writeHead(403).end();
      return;
    }
    readFile(file)
      .then((body) => {
        const content =
          path === '/sw.js' && version > 1
            ? Buffer.concat([body, Buffer.from(`\n// deployment ${version}\n`)])
            : body;
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        });
        response.end(content);
      })
      .catch(() => response.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    deployNewVersion: () => {
      version += 1;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
