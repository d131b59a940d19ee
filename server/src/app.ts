import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cors from '@fastify/cors';
import { z } from 'zod';
import {
  LoginRequestSchema,
  PULL_LINES_AHEAD_HEADER,
  PullQuerySchema,
  PushRequestSchema,
  isInputError,
  type ErrorBody,
  type PushRequest,
} from '../../shared/index';
import { audit } from './audit';
import { clearAccount, isLimited, recordFailure } from './auth/rate-limit';
import { DUMMY_HASH, hashPassword, verifyPassword } from './auth/password';
import {
  authenticate,
  createSession,
  endSession,
  endUserSessions,
  type AuthUser,
  type Role,
} from './auth/sessions';
import type { ServerConfig } from './config';
import {
  DatabaseUnavailableError,
  isConnectionError,
  isRetryableConflict,
  type Db,
  type Queryable,
} from './db/adapter';
import { migrationStatus } from './db/migrations';
import { HttpError, badRequest, forbidden, unauthorized } from './http-errors';
import {
  ClientBoundToOtherUser,
  IdempotencyConflict,
  NotSignedIn,
  RoleRefused,
  push,
} from './sync/push';
import { pullAnswer, pullAnswerBytes } from './sync/pull';
import { RulesCache } from './sync/rules-cache';
import { linesAhead, withLinesAhead } from './sync/pull-total';
import { teamOf } from './sync/team';
import { DecisionsRequestSchema, decideClaims } from './vendor/decisions';
import { IngestRowError, ingestFile } from './vendor/ingest';
import { RuleVersionExists, publishRuleVersion } from './vendor/rules';
import { ElevateTargetsRequestSchema, setElevateTargets } from './vendor/elevate-targets';
import type { LoggerOptions } from 'pino';

export interface AppOptions {
  readonly db: Db;
  readonly config: ServerConfig;
  /** The server's clock; tests move it. */
  readonly now?: () => Date;
  /** pino options, or false for silence (tests). */
  readonly logger?: LoggerOptions | false;
}

/** Tokens, passwords and cookies never reach a log line. */
export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'body.password',
  'password',
  'token',
  '*.password',
  '*.token',
];

/** Who pushes: a partner's people. */
const PUSH_ROLES: readonly Role[] = ['rep', 'manager', 'partner_admin'];

const IdempotencyKeySchema = z
  .string()
  .min(8)
  .max(200)
  .regex(/^[\x21-\x7e]+$/);

const CreateUserSchema = z
  .object({
    username: z
      .string()
      .min(3)
      .max(100)
      .regex(/^[A-Za-z0-9._@-]+$/),
    name: z.string().min(1).max(200),
    password: z.string().min(12).max(1000),
    role: z.enum(['rep', 'manager', 'partner_admin']),
    partnerId: z.string().min(1).max(100).optional(),
    managerId: z.string().min(1).max(100).optional(),
    mayClaim: z.boolean().default(true),
    mayAcceptElevate: z.boolean().default(false),
  })
  .strict();
const PatchUserSchema = z
  .object({
    disabled: z.boolean().optional(),
    mayClaim: z.boolean().optional(),
    mayAcceptElevate: z.boolean().optional(),
    leaderboardConsent: z.boolean().optional(),
    managerId: z.string().min(1).max(100).nullable().optional(),
  })
  .strict();
const IngestQuerySchema = z
  .object({
    fileName: z.string().min(1).max(300).default('upload.csv'),
    distributor: z.string().min(1).max(100).optional(),
  })
  .strict();

function bearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer ([A-Za-z0-9_-]{20,100})$/.exec(header);
  return match?.[1] ?? null;
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db, config } = options;
  const now = options.now ?? (() => new Date());
  const rules = new RulesCache();
  const app = Fastify({
    logger: options.logger === false ? false : { ...(options.logger ?? {}), redact: LOG_REDACT },
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    // Request ids are for logs only; they are not secrets.
    requestIdHeader: false,
  });

  await app.register(cors, {
    origin: (origin, cb) => cb(null, origin === undefined || config.origins.includes(origin)),
    methods: ['GET', 'POST', 'PATCH'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', PULL_LINES_AHEAD_HEADER],
    maxAge: 600,
  });

  app.addContentTypeParser(
    [
      'text/csv',
      'text/plain',
      'application/octet-stream',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    { parseAs: 'buffer', bodyLimit: config.fileLimit },
    (_request, body, done) => done(null, body),
  );

  app.setErrorHandler((error, request, reply) => {
    const send = (status: number, body: ErrorBody) => reply.status(status).send(body);
    if (error instanceof HttpError)
      return send(error.status, {
        error: error.code,
        message: error.message,
        ...(error.fields ? { fields: error.fields } : {}),
      });
    if (error instanceof DatabaseUnavailableError || isConnectionError(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return send(503, {
        error: 'unavailable',
        message: 'The database is not answering; try again shortly.',
      });
    }
    if (isInputError(error))
      return send(400, {
        error: 'invalid_request',
        message: error.message,
        fields: [{ path: error.field, message: error.message }],
      });
    const status = (error as { statusCode?: number }).statusCode;
    if (typeof status === 'number' && status >= 400 && status < 500)
      return send(status, {
        error: (error as { code?: string }).code ?? 'bad_request',
        message: status === 413 ? 'The request body is too large.' : (error as Error).message,
      });
    if (isRetryableConflict(error)) {
      request.log.warn({ err: error }, 'transaction rolled back by the database; retryable');
      return send(503, {
        error: 'busy',
        message: 'Another change to the same data was being saved; nothing was stored. Try again.',
      });
    }
    request.log.error({ err: error }, 'request failed');
    return send(500, { error: 'internal', message: 'Something went wrong on the server.' });
  });
  app.setNotFoundHandler((_request, reply) =>
    reply.status(404).send({ error: 'not_found', message: 'No such route.' } satisfies ErrorBody),
  );

  const userOf = async (
    request: FastifyRequest,
    roles?: readonly Role[],
    on: Queryable = db,
  ): Promise<AuthUser> => {
    const token = bearer(request);
    if (!token) throw unauthorized();
    const user = await authenticate(on, token, now(), config.session);
    if (!user) throw unauthorized();
    if (roles && !roles.includes(user.role)) throw forbidden();
    return user;
  };
  const parse = <T>(schema: z.ZodType<T>, value: unknown, where = 'body'): T => {
    const result = schema.safeParse(value);
    if (!result.success) throw badRequest(result.error, where);
    return result.data;
  };

  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (_request, reply) => {
    try {
      const status = await migrationStatus(db);
      if (status.pending.length > 0)
        return reply
          .status(503)
          .send({ status: 'migrations_pending', schema: status.current, latest: status.latest });
      return { status: 'ready', schema: status.current };
    } catch (error) {
      if (isConnectionError(error))
        return reply.status(503).send({ status: 'database_unavailable' });
      throw error;
    }
  });

  app.post('/auth/login', async (request, reply) => {
    const body = parse(LoginRequestSchema, request.body);
    const at = now();
    const address = request.ip;
    // One answer for every failure (unknown user, wrong password, disabled, limited): 401.
    const fail = () =>
      reply.status(401).send({
        error: 'invalid_login',
        message: 'Wrong username or password.',
      } satisfies ErrorBody);
    if (await isLimited(db, body.username, address, at, config.rateLimit)) {
      // Same cost as a real check, so timing does not tell a locked account from a wrong password.
      await verifyPassword(body.password, DUMMY_HASH);
      await audit(db, {
        at,
        actorId: null,
        action: 'login.limited',
        subject: body.username.toLowerCase(),
        address,
      });
      return fail();
    }
    const found = await db.query<{
      id: string;
      password_hash: string;
      disabled: boolean;
      name: string;
      role: Role;
      partner_id: string | null;
    }>(
      'select id, password_hash, disabled, name, role, partner_id from users where lower(username) = lower($1)',
      [body.username],
    );
    const user = found.rows[0];
    const ok = await verifyPassword(body.password, user?.password_hash ?? DUMMY_HASH);
    if (!user || !ok || user.disabled) {
      await recordFailure(db, body.username, address, at, config.rateLimit);
      await audit(db, {
        at,
        actorId: user?.id ?? null,
        action: 'login.failed',
        subject: body.username.toLowerCase(),
        address,
      });
      return fail();
    }
    await clearAccount(db, body.username);
    const session = await createSession(db, user.id, at, config.session);
    await audit(db, { at, actorId: user.id, action: 'login', address });
    return {
      token: session.token,
      expiresAt: session.expiresAt.toISOString(),
      user: { id: user.id, name: user.name, role: user.role, partnerId: user.partner_id },
    };
  });

  app.post('/auth/logout', async (request, reply) => {
    const token = bearer(request);
    if (token) await endSession(db, token);
    return reply.status(204).send();
  });

  app.get('/me', async (request) => {
    const user = await userOf(request);
    return { user };
  });

  // The app's users table: the people whose data this user pulls (names, roles, permissions).
  app.get('/sync/team', async (request) => {
    const user = await userOf(request, ['rep', 'manager', 'partner_admin']);
    return { users: await teamOf(db, user) };
  });

  app.post('/sync/push', async (request) =>
    db.pinned(async (conn) => {
      const token = bearer(request);
      if (!token) throw unauthorized();
      let body: PushRequest;
      let idempotencyKey: string | undefined;
      try {
        body = parse(PushRequestSchema, request.body);
        const key = request.headers['idempotency-key'];
        idempotencyKey =
          key === undefined
            ? undefined
            : parse(IdempotencyKeySchema, key, 'Idempotency-Key header');
      } catch (error) {
        // As on every route, the sender's session is judged before its request: a stranger
        // learns nothing of what is wrong with the body.
        await userOf(request, PUSH_ROLES, conn);
        throw error;
      }
      try {
        // The session is checked in the push's own first message (push.ts, openPush).
        return await push(
          {
            db: conn,
            token,
            sessionPolicy: config.session,
            roles: PUSH_ROLES,
            address: request.ip,
            now,
            ...(idempotencyKey ? { idempotencyKey } : {}),
            rules,
          },
          body,
        );
      } catch (error) {
        if (error instanceof NotSignedIn) throw unauthorized();
        if (error instanceof RoleRefused) throw forbidden();
        if (error instanceof ClientBoundToOtherUser)
          throw forbidden('This client id belongs to another user.');
        if (error instanceof IdempotencyConflict)
          throw new HttpError(422, 'idempotency_conflict', error.message);
        throw error;
      }
    }),
  );

  // The busiest routes: the session and the work on one connection (one wait for it).
  app.get('/sync/pull', async (request, reply) =>
    db.pinned(async (conn) => {
      const user = await userOf(request, undefined, conn);
      const query = parse(PullQuerySchema, request.query, 'query');
      try {
        let answer = await pullAnswer({ db: conn, user, address: request.ip, now }, query);
        // The first pull of a run may ask for the total it shows progress against (pull-total.ts).
        if (request.headers[PULL_LINES_AHEAD_HEADER])
          answer = withLinesAhead(answer, await linesAhead(conn, user, query.cursor));
        return reply.type('application/json; charset=utf-8').send(pullAnswerBytes(answer));
      } catch (error) {
        if (error instanceof ClientBoundToOtherUser)
          throw forbidden('This client id belongs to another user.');
        throw error;
      }
    }),
  );

  app.post('/vendor/ingest', async (request) => {
    const user = await userOf(request, ['vendor_admin']);
    const query = parse(IngestQuerySchema, request.query, 'query');
    if (!Buffer.isBuffer(request.body))
      throw new HttpError(
        415,
        'unsupported_media_type',
        'Send the file as text/csv or application/octet-stream.',
      );
    try {
      return await ingestFile(db, new Uint8Array(request.body), {
        fileName: query.fileName,
        ...(query.distributor ? { distributor: query.distributor } : {}),
        userId: user.id,
        address: request.ip,
        now: now(),
      });
    } catch (error) {
      if (error instanceof IngestRowError) throw new HttpError(422, 'invalid_file', error.message);
      throw error;
    }
  });

  app.post('/vendor/decisions', async (request) => {
    const user = await userOf(request, ['vendor_admin']);
    const body = parse(DecisionsRequestSchema, request.body);
    return {
      outcomes: await decideClaims(db, body.decisions, { id: user.id, address: request.ip }, now),
    };
  });

  app.post('/vendor/elevate-targets', async (request) => {
    const user = await userOf(request, ['vendor_admin']);
    const body = parse(ElevateTargetsRequestSchema, request.body);
    return {
      outcomes: await setElevateTargets(
        db,
        body.targets,
        { id: user.id, address: request.ip },
        now,
      ),
    };
  });

  app.post('/vendor/rule-versions', async (request, reply) => {
    const user = await userOf(request, ['vendor_admin']);
    try {
      const rules = await publishRuleVersion(
        db,
        request.body,
        { id: user.id, address: request.ip },
        now(),
      );
      return reply.status(201).send({ version: rules.version });
    } catch (error) {
      if (error instanceof RuleVersionExists) throw new HttpError(409, 'exists', error.message);
      throw error;
    }
  });

  // Partner admins manage their own partner's users; the vendor admin any partner's.
  const scopeOf = (admin: AuthUser, partnerId: string | undefined): string => {
    if (admin.role === 'vendor_admin') {
      if (!partnerId) throw new HttpError(400, 'invalid_request', 'partnerId is required.');
      return partnerId;
    }
    if (partnerId !== undefined && partnerId !== admin.partnerId) throw forbidden();
    return admin.partnerId ?? '';
  };

  app.get('/admin/users', async (request) => {
    const admin = await userOf(request, ['partner_admin', 'vendor_admin']);
    const query = parse(
      z.object({ partnerId: z.string().max(100).optional() }).strict(),
      request.query,
      'query',
    );
    const partnerId = scopeOf(admin, query.partnerId);
    const result = await db.query(
      `select id, username, name, role, partner_id as "partnerId", manager_id as "managerId", disabled,
              may_claim as "mayClaim", may_accept_elevate as "mayAcceptElevate"
         from users where partner_id = $1 order by username`,
      [partnerId],
    );
    return { users: result.rows };
  });

  app.post('/admin/users', async (request, reply) => {
    const admin = await userOf(request, ['partner_admin', 'vendor_admin']);
    const body = parse(CreateUserSchema, request.body);
    const partnerId = scopeOf(admin, body.partnerId);
    if (body.managerId) {
      const manager = await db.query(
        'select 1 from users where id = $1 and partner_id = $2 and role = $3',
        [body.managerId, partnerId, 'manager'],
      );
      if (manager.rowCount === 0)
        throw new HttpError(400, 'invalid_request', 'managerId is no manager of this partner.');
    }
    const id = `u-${body.username.toLowerCase()}`;
    const inserted = await db.query(
      `insert into users (id, username, name, role, partner_id, manager_id, password_hash, may_claim, may_accept_elevate)
       values ($1,$2,$3,$4,$5,$6,$7,$8,$9) on conflict do nothing`,
      [
        id,
        body.username,
        body.name,
        body.role,
        partnerId,
        body.managerId ?? null,
        await hashPassword(body.password),
        body.mayClaim,
        body.mayAcceptElevate,
      ],
    );
    if (inserted.rowCount === 0) throw new HttpError(409, 'exists', 'That username is taken.');
    await audit(db, {
      at: now(),
      actorId: admin.id,
      action: 'user.create',
      subject: id,
      address: request.ip,
    });
    return reply.status(201).send({ id });
  });

  app.patch('/admin/users/:id', async (request) => {
    const admin = await userOf(request, ['partner_admin', 'vendor_admin']);
    const { id } = parse(
      z.object({ id: z.string().min(1).max(200) }).strict(),
      request.params,
      'path',
    );
    const body = parse(PatchUserSchema, request.body);
    const target = await db.query<{ partner_id: string | null }>(
      'select partner_id from users where id = $1',
      [id],
    );
    const partnerId = target.rows[0]?.partner_id;
    // Another partner's user is "not found", never "forbidden": ids do not leak across tenants.
    if (!partnerId || (admin.role === 'partner_admin' && partnerId !== admin.partnerId))
      throw new HttpError(404, 'not_found', 'No such user.');
    await db.transaction(async (tx) => {
      await tx.query(
        `update users set disabled = coalesce($2, disabled), may_claim = coalesce($3, may_claim),
           may_accept_elevate = coalesce($4, may_accept_elevate),
           leaderboard_consent = coalesce($5, leaderboard_consent),
           manager_id = case when $6::boolean then $7 else manager_id end
         where id = $1`,
        [
          id,
          body.disabled ?? null,
          body.mayClaim ?? null,
          body.mayAcceptElevate ?? null,
          body.leaderboardConsent ?? null,
          body.managerId !== undefined,
          body.managerId ?? null,
        ],
      );
      if (body.disabled) await endUserSessions(tx, id);
      await audit(tx, {
        at: now(),
        actorId: admin.id,
        action: 'user.update',
        subject: id,
        address: request.ip,
        detail: body,
      });
    });
    return { id };
  });

  return app;
}
