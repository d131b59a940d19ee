import type { Family } from '../../shared/index';
import type { ColumnMappingInput } from '../../shared/import/index';
import type { ImportProgress, ImportReport } from './pipeline';

/** Messages between the app and the import worker. Typed on both sides; no generic channel. */
export interface StartImportMessage {
  readonly type: 'start';
  readonly dbName: string;
  readonly bytes: Uint8Array;
  readonly batchId: string;
  readonly fileName: string;
  readonly distributor?: string;
  readonly mapping?: ColumnMappingInput;
  /** Category text → family, as chosen in the preview; applied exactly as the preview did. */
  readonly familyValues?: Readonly<Record<string, Family>>;
  readonly chunkSize?: number;
  readonly resume?: boolean;
}

export interface CancelImportMessage {
  readonly type: 'cancel';
}

export type ToWorker = StartImportMessage | CancelImportMessage;

export type FromWorker =
  | { readonly type: 'progress'; readonly progress: ImportProgress }
  | { readonly type: 'done'; readonly report: ImportReport }
  | { readonly type: 'error'; readonly message: string };
