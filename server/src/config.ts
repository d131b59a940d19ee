import type { RateLimitPolicy } from './auth/rate-limit';
import { DEFAULT_RATE_LIMIT } from './auth/rate-limit';
import type { SessionPolicy } from './auth/sessions';
import { DEFAULT_SESSION_POLICY } from './auth/sessions';

/** The app's own origins: the web build (npm start, npm run dev) and the desktop shell's scheme. */
export const DEFAULT_ORIGINS = [
  'http://127.0.0.1:4173',
  'http://localhost:4173',
  'http://127.0.0.1:5173',
  'http://localhost:5173',
  'app://partner-rewards',
];

export interface ServerConfig {
  readonly origins: readonly string[];
  readonly session: SessionPolicy;
  readonly rateLimit: RateLimitPolicy;
  /** Largest JSON body (bytes). */
  readonly bodyLimit: number;
  /** Largest distributor file (bytes). */
  readonly fileLimit: number;
  /** Behind a load balancer: take the client address from X-Forwarded-For. */
  readonly trustProxy: boolean;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  return {
    origins: env.CORS_ORIGINS
      ? env.CORS_ORIGINS.split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : DEFAULT_ORIGINS,
    session: DEFAULT_SESSION_POLICY,
    rateLimit: DEFAULT_RATE_LIMIT,
    bodyLimit: 1024 * 1024,
    fileLimit: 64 * 1024 * 1024,
    trustProxy: env.TRUST_PROXY === '1' || env.TRUST_PROXY === 'true',
  };
}
