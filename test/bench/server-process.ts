import Fastify from 'fastify';
import { parentPort, workerData } from 'node:worker_threads';
import { buildApp } from '../../server/src/app';
import { configFromEnv } from '../../server/src/config';
import { pgDb } from '../../server/src/db/adapter';

/**
 * The server under test and the from-memory floor, in a thread of their own: autocannon, in the
 * bench's thread, then never shares an event loop with what it measures (on one loop, reading
 * its 100-kB answers delayed the server's work and counted in the server's latency).
 */
interface Start {
  readonly url: string;
  readonly schema: string;
  readonly port: number;
  readonly floorPort: number;
}
type Message = { readonly floor: { readonly path: string; readonly token: string } } | 'close';

const { url, schema, port, floorPort } = workerData as Start;
const port0 = parentPort;
if (!port0) throw new Error('server-worker runs as a worker thread');
const db = pgDb({ connectionString: url, schema, max: 20 });
const app = await buildApp({ db, config: configFromEnv({}), logger: false });
await app.listen({ host: '127.0.0.1', port });
const floor = Fastify({ logger: false });
let body = '';
floor.get('/page', async (_req, reply) =>
  reply.header('content-type', 'application/json').send(body),
);
port0.on('message', (message: Message) => {
  void (async () => {
    if (message === 'close') {
      await app.close();
      await floor.close();
      await db.close();
      port0.postMessage('closed');
      return;
    }
    // The floor serves the very page the server answers for the same request.
    const page = await app.inject({
      method: 'GET',
      url: message.floor.path,
      headers: { authorization: `Bearer ${message.floor.token}` },
    });
    body = page.body;
    await floor.listen({ host: '127.0.0.1', port: floorPort });
    port0.postMessage('floor');
  })();
});
port0.postMessage('ready');
