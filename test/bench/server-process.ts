import Fastify from 'fastify';
import { buildApp } from '../../server/src/app';
import { configFromEnv } from '../../server/src/config';
import { pgDb } from '../../server/src/db/adapter';
import { DEFAULT_POOL_SIZE } from '../../server/src/db/open';

/**
 * The server under test and the from-memory floor, in a process of their own, as a server is
 * deployed: autocannon, in the bench's process, never shares an event loop or a heap with what
 * it measures. On one loop, reading its 250-kB answers delayed the server's work; in a worker
 * thread of the bench's process, the server's pull p99 was 2.6-3.5× its p50, against 1.4× in a
 * process of its own (the same pages, the same run).
 */
interface Start {
  readonly url: string;
  readonly schema: string;
  readonly port: number;
  readonly floorPort: number;
}
type Message = { readonly floor: { readonly path: string; readonly token: string } } | 'close';

const { url, schema, port, floorPort } = JSON.parse(process.env.BENCH_SERVER ?? 'null') as Start;
const send = (message: string) => {
  if (!process.send) throw new Error('server-process runs as a child process with IPC (fork)');
  process.send(message);
};
// The pool a served process gets by default (DATABASE_POOL_SIZE unset).
const db = pgDb({ connectionString: url, schema, max: DEFAULT_POOL_SIZE });
const app = await buildApp({ db, config: configFromEnv({}), logger: false });
await app.listen({ host: '127.0.0.1', port });
const floor = Fastify({ logger: false });
let body = '';
floor.get('/page', async (_req, reply) =>
  reply.header('content-type', 'application/json').send(body),
);
process.on('message', (message: Message) => {
  void (async () => {
    if (message === 'close') {
      await app.close();
      await floor.close();
      await db.close();
      send('closed');
      process.disconnect();
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
    send('floor');
  })();
});
send('ready');
