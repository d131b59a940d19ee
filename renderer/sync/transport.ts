import {
  ErrorBodySchema,
  PULL_LINES_AHEAD_HEADER,
  PullResponseSchema,
  PushResponseSchema,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../../shared/index';

/**
 * The engine's only door to the server. The engine never sees a URL or a token: an HTTP
 * transport (below) or a test's in-process one answers these two calls, or throws one of the
 * errors below, which are the only failures the engine tells apart.
 */
export interface SyncTransport {
  push(request: PushRequest, idempotencyKey: string): Promise<PushResponse>;
  /** `countLinesAhead`: ask the server for `linesAhead` (the first pull of a first sync's run). */
  pull(query: {
    clientId: string;
    cursor: string;
    limit: number;
    countLinesAhead?: boolean;
  }): Promise<PullResponse>;
  /** The people whose data this user pulls (GET /sync/team); optional for test transports. */
  team?(): Promise<unknown>;
}

/** No answer: offline, DNS, refused, timed out, or the connection dropped mid-answer. */
export class UnreachableError extends Error {
  override readonly name = 'UnreachableError';
}

/** 401: the session is gone. The outbox stays; the user signs in again. */
export class SignedOutError extends Error {
  override readonly name = 'SignedOutError';
}

/** Any other refusal of the whole request (403 foreign client id, 422, 5xx...), with the server's words. */
export class ServerRefusedError extends Error {
  override readonly name = 'ServerRefusedError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface HttpTransportOptions {
  readonly baseUrl: string;
  /** Read from the platform's `secrets` on each call: never cached here, never logged. */
  readonly token: () => Promise<string | null>;
  readonly fetch?: Fetch;
  readonly timeoutMs?: number;
}

export function httpTransport(options: HttpTransportOptions): SyncTransport {
  const fetchFn: Fetch = options.fetch ?? ((input, init) => fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function call(path: string, init: RequestInit): Promise<unknown> {
    const token = await options.token();
    if (!token) throw new SignedOutError('no session');
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let body: unknown;
    try {
      response = await fetchFn(`${options.baseUrl}${path}`, {
        ...init,
        cache: 'no-store',
        headers: { ...(init.headers as Record<string, string>), authorization: `Bearer ${token}` },
        signal: controller.signal,
      });
      body = await response.json().catch(() => null);
    } catch (error) {
      throw new UnreachableError(error instanceof Error ? error.message : 'network error');
    } finally {
      clearTimeout(timer);
    }
    if (response.status === 401) throw new SignedOutError('session ended');
    if (!response.ok) {
      const parsed = ErrorBodySchema.safeParse(body);
      throw new ServerRefusedError(
        response.status,
        parsed.success ? parsed.data.error : `http_${response.status}`,
        parsed.success ? parsed.data.message : `HTTP ${response.status}`,
      );
    }
    return body;
  }

  return {
    async push(request, idempotencyKey) {
      const body = await call('/sync/push', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': idempotencyKey },
        body: JSON.stringify(request),
      });
      return PushResponseSchema.parse(body);
    },
    async team() {
      return call('/sync/team', { method: 'GET' });
    },
    async pull({ clientId, cursor, limit, countLinesAhead }) {
      const query = new URLSearchParams({ clientId, cursor, limit: String(limit) });
      const headers = countLinesAhead ? { [PULL_LINES_AHEAD_HEADER]: '1' } : undefined;
      return PullResponseSchema.parse(
        await call(`/sync/pull?${query}`, { method: 'GET', ...(headers ? { headers } : {}) }),
      );
    },
  };
}
