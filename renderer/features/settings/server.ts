import { LoginResponseSchema } from '../../../shared/index';

/**
 * The sync server's address and the two calls Settings makes to it. Honest outcomes only: a
 * network failure is "unreachable", never success.
 */
export type UrlCheck =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly error: 'empty' | 'notUrl' | 'protocol' | 'credentials' };

export function validateServerUrl(text: string): UrlCheck {
  const trimmed = text.trim();
  if (!trimmed) return { ok: false, error: 'empty' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: 'notUrl' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { ok: false, error: 'protocol' };
  if (!url.hostname) return { ok: false, error: 'notUrl' };
  if (url.username || url.password) return { ok: false, error: 'credentials' };
  url.hash = '';
  url.search = '';
  return { ok: true, url: url.toString().replace(/\/+$/, '') };
}

/** Who signed in, as the server's login answer says. */
export interface SignedInUser {
  readonly id: string;
  readonly name: string;
  readonly role: 'rep' | 'manager' | 'partner_admin' | 'vendor_admin';
  readonly partnerId: string | null;
}

export type CallOutcome =
  | {
      readonly kind: 'ok';
      readonly status: number;
      readonly token?: string;
      readonly user?: SignedInUser;
    }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'unreachable' }
  | { readonly kind: 'badResponse' };

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

async function call(fetchFn: Fetch, url: string, init: RequestInit, timeoutMs: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    return await fetchFn(url, { ...init, signal: controller.signal });
  } finally {
    clearTimeout(timer);
  }
}

function failure(error: unknown): CallOutcome {
  return error instanceof DOMException && error.name === 'AbortError'
    ? { kind: 'timeout' }
    : { kind: 'unreachable' };
}

export async function testConnection(
  base: string,
  fetchFn: Fetch = fetch,
  timeoutMs = 5_000,
): Promise<CallOutcome> {
  try {
    const response = await call(
      fetchFn,
      `${base}/health`,
      { method: 'GET', cache: 'no-store' },
      timeoutMs,
    );
    return response.ok
      ? { kind: 'ok', status: response.status }
      : { kind: 'http', status: response.status };
  } catch (error) {
    return failure(error);
  }
}

export async function signIn(
  base: string,
  credentials: { readonly username: string; readonly password: string },
  fetchFn: Fetch = fetch,
  timeoutMs = 10_000,
): Promise<CallOutcome> {
  try {
    const response = await call(
      fetchFn,
      `${base}/auth/login`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(credentials),
      },
      timeoutMs,
    );
    if (!response.ok) return { kind: 'http', status: response.status };
    const body: unknown = await response.json().catch(() => null);
    const token =
      typeof body === 'object' && body !== null && 'token' in body && typeof body.token === 'string'
        ? body.token
        : null;
    const user =
      typeof body === 'object' && body !== null && 'user' in body
        ? LoginResponseSchema.shape.user.safeParse(body.user)
        : null;
    return token
      ? {
          kind: 'ok',
          status: response.status,
          token,
          ...(user?.success ? { user: user.data } : {}),
        }
      : { kind: 'badResponse' };
  } catch (error) {
    return failure(error);
  }
}

/** e.g. partner-rewards-backup-2026-11-25-1200.json */
export function backupFileName(nowIso: string): string {
  const stamp = nowIso.slice(0, 16).replace('T', '-').replace(':', '');
  return `partner-rewards-backup-${stamp}.json`;
}
