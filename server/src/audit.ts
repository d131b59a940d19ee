import type { Queryable } from './db/adapter';

export interface AuditEntry {
  readonly actorId: string | null;
  readonly action: string;
  readonly subject?: string | null;
  readonly clientId?: string | null;
  readonly mutationId?: number | null;
  readonly address?: string | null;
  readonly detail?: Record<string, unknown> | null;
  /** UTC; the server's clock, never the client's. */
  readonly at: Date;
}

/** Appends to the audit log (the table refuses UPDATE, DELETE and TRUNCATE). */
export async function audit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.query(
    `insert into audit_log (at, actor_id, action, subject, client_id, mutation_id, address, detail)
     values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      entry.at.toISOString(),
      entry.actorId,
      entry.action,
      entry.subject ?? null,
      entry.clientId ?? null,
      entry.mutationId ?? null,
      entry.address ?? null,
      entry.detail ? JSON.stringify(entry.detail) : null,
    ],
  );
}
