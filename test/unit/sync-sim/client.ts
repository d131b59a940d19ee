import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type PartnerRewardsDb } from '../../../renderer/db/database';
import { syncOnce, type RunResult } from '../../../renderer/sync/engine';
import { httpTransport } from '../../../renderer/sync/transport';
import type { Fault, SimNetwork } from './network';

/**
 * One install of the app: its own IndexedDB (fake-indexeddb), the real engine and HTTP transport,
 * a token held the way the platform's `secrets` holds it (memory), and its own line conditions.
 */
export class SimClient {
  readonly db: PartnerRewardsDb;
  token: string | null = null;
  offline = false;
  faults: Fault[] = [];
  /** Local work to do while the n-th request of the current run is answered (n → action). */
  during = new Map<number, () => Promise<void>>();
  private requests = 0;
  private counter = 0;

  constructor(
    readonly name: string,
    readonly user: { id: string; role: 'rep' | 'manager'; partnerId: string },
    private readonly network: SimNetwork,
    private readonly now: () => Date,
    /** Page size: small pages put page boundaries everywhere; large ones keep runs fast. */
    private readonly pullLimit: number,
  ) {
    this.db = openDatabase(`sim-${name}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  }

  /** A distinct timestamp per local action (claim ids contain it). */
  stamp(): string {
    this.counter += 1;
    return new Date(this.now().getTime() + this.counter).toISOString();
  }

  sync(): Promise<RunResult> {
    this.requests = 0;
    const transport = httpTransport({
      baseUrl: 'http://sync.sim',
      token: async () => this.token,
      fetch: this.network.fetchFor({
        online: () => !this.offline,
        nextFault: () => this.faults.shift() ?? 'ok',
        afterDelivery: async () => {
          const action = this.during.get(this.requests);
          this.requests += 1;
          this.during.delete(this.requests - 1);
          await action?.();
        },
      }),
    });
    return syncOnce({
      db: this.db,
      transport,
      now: this.now,
      pullLimit: this.pullLimit,
      // Small batches, so several push rounds happen in tiny runs.
      pushBatch: 3,
    });
  }

  close(): void {
    this.db.close();
  }
}
