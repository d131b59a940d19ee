import type { FastifyInstance } from 'fastify';

/**
 * The simulated network between app clients and the in-process server: the app's real HTTP
 * transport calls `fetch`, and this fetch hands the request to Fastify's `inject` (no sockets),
 * with faults the test chooses: offline, a request lost on the way (and maybe delivered much
 * later, out of order), an answer lost on the way back, a request delivered twice.
 */
export type Fault = 'ok' | 'lose-request' | 'lose-response' | 'duplicate';

interface Request {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
}

export class SimNetwork {
  /** Requests lost on the way that may still arrive later (reordered after newer ones). */
  readonly stale: Request[] = [];
  requests = 0;

  constructor(public app: FastifyInstance) {}

  private async deliver(request: Request) {
    this.requests += 1;
    return this.app.inject({
      method: request.method,
      url: request.url,
      headers: request.headers,
      ...(request.body !== undefined ? { payload: request.body } : {}),
    });
  }

  /** Delivers one stale request now; its answer goes nowhere (the client stopped waiting). */
  async deliverStale(index: number): Promise<void> {
    if (this.stale.length === 0) return;
    const [request] = this.stale.splice(index % this.stale.length, 1);
    if (request) await this.deliver(request);
  }

  /** A fetch for one client: `online()` and `nextFault()` are that client's line conditions. */
  fetchFor(link: { online(): boolean; nextFault(): Fault; afterDelivery(): Promise<void> }) {
    return async (input: string, init?: RequestInit): Promise<Response> => {
      if (!link.online()) throw new TypeError('Failed to fetch (offline)');
      const url = new URL(input);
      const request: Request = {
        method: (init?.method ?? 'GET') as 'GET' | 'POST',
        url: `${url.pathname}${url.search}`,
        headers: { ...(init?.headers as Record<string, string>) },
        body: typeof init?.body === 'string' ? init.body : undefined,
      };
      const fault = link.nextFault();
      if (fault === 'lose-request') {
        this.stale.push(request);
        throw new TypeError('Failed to fetch (connection reset)');
      }
      let answer = await this.deliver(request);
      if (fault === 'duplicate') answer = await this.deliver(request);
      // The rep keeps working while an answer is on its way: local changes land mid-run.
      await link.afterDelivery();
      if (fault === 'lose-response') throw new TypeError('Failed to fetch (connection reset)');
      return new Response(answer.body, {
        status: answer.statusCode,
        headers: { 'content-type': String(answer.headers['content-type'] ?? 'application/json') },
      });
    };
  }
}
