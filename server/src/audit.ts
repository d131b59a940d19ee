import type { Queryable } from './db/adapter';
import { sqlLiteral } from './db/sql-literal';

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

/**
 * Appends several entries (a push's mutations) in one statement with no parameters, sent with
 * COMMIT (Tx.atCommit); audit_append (migration 8) keeps its plan for the connection.
 */
export function auditManySql(entries: readonly AuditEntry[]): string {
  return `select audit_append(${sqlLiteral(auditJson(entries))}::jsonb)`;
}

function auditJson(entries: readonly AuditEntry[]): string {
  return JSON.stringify(
    entries.map((entry) => ({
      at: entry.at.toISOString(),
      actor_id: entry.actorId,
      action: entry.action,
      subject: entry.subject ?? null,
      client_id: entry.clientId ?? null,
      mutation_id: entry.mutationId ?? null,
      address: entry.address ?? null,
      detail: entry.detail ?? null,
    })),
  );
}
