import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnclaimedLine } from '../../../shared/index';
import type { InvoiceRow } from '../../db/index';
import { InvoiceLineRow, ROW_HEIGHT } from './InvoiceLineRow';
import type { LineClaims } from './line-claims';

export interface InvoiceTableProps {
  readonly label: string;
  readonly rows: readonly InvoiceRow[];
  readonly claims: ReadonlyMap<string, LineClaims>;
  readonly selected: ReadonlySet<string>;
  readonly coverage: 'none' | 'some' | 'all';
  readonly currentRepId: string | undefined;
  readonly repName: (repId: string) => string;
  readonly onToggle: (index: number, shift: boolean) => void;
  readonly onToggleAll: () => void;
  /** The unclaimed view: each line's claim deadline, shown as days left in a column of its own. */
  readonly deadlines?: ReadonlyMap<string, UnclaimedLine>;
  /** A synced database: mark the lines the server does not have. */
  readonly markLocal?: boolean;
}

/**
 * The invoice lines as an ARIA table of divs, virtualised: only the rows in view (plus a few) exist
 * in the DOM, every row has the same height, and rows are memoised, so 100,000 lines scroll smoothly.
 */
export function InvoiceTable({
  label,
  rows,
  claims,
  selected,
  coverage,
  currentRepId,
  repName,
  onToggle,
  onToggleAll,
  deadlines,
  markLocal,
}: InvoiceTableProps) {
  const { t, i18n } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const allRef = useRef<HTMLInputElement>(null);
  // Stable callbacks: a new getItemKey on every render makes the virtualizer re-measure every row
  // (O(n) per scroll frame: the long tasks seen at 100,000 lines).
  const getItemKey = useCallback((index: number) => rows[index]?.key ?? index, [rows]);
  const estimateSize = useCallback(() => ROW_HEIGHT, []);
  const getScrollElement = useCallback(() => scrollRef.current, []);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement,
    estimateSize,
    overscan: 4,
    getItemKey,
    // Render the rows for a new scroll position in their own task, not synchronously inside the
    // scroll event: with flushSync the rendering of the rows and the browser's style, layout and
    // paint of the frame were one task (80-110 ms under load on a shared 2-core machine).
    useFlushSync: false,
  });

  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = coverage === 'some';
  }, [coverage]);

  return (
    <div className="claims-table-scroll" ref={scrollRef}>
      <div
        role="table"
        aria-label={label}
        aria-rowcount={rows.length + 1}
        className={`claims-table${deadlines ? ' with-deadline' : ''}`}
      >
        <div role="rowgroup" className="claims-head">
          <div role="row" aria-rowindex={1} className="claims-row claims-head-row">
            <div role="columnheader" className="cell-check">
              <input
                name="all-lines"
                ref={allRef}
                type="checkbox"
                checked={coverage === 'all'}
                onChange={onToggleAll}
                aria-label={t('claims.table.selectAll')}
                disabled={rows.length === 0}
              />
            </div>
            {deadlines && <div role="columnheader">{t('claims.table.daysLeft')}</div>}
            <div role="columnheader" className="cell-date">
              {t('claims.table.date')}
            </div>
            <div role="columnheader">{t('claims.table.invoice')}</div>
            <div role="columnheader" className="cell-sku">
              {t('claims.table.sku')}
            </div>
            <div role="columnheader" className="cell-family">
              {t('claims.table.family')}
            </div>
            <div role="columnheader" className="cell-customer">
              {t('claims.table.customer')}
            </div>
            <div role="columnheader" className="num">
              {t('claims.table.quantity')}
            </div>
            <div role="columnheader" className="num">
              {t('claims.table.total')}
            </div>
            <div role="columnheader">{t('claims.table.claims')}</div>
          </div>
        </div>
        <div role="rowgroup" className="claims-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <InvoiceLineRow
                key={row.key}
                row={row}
                index={item.index}
                top={item.start}
                claims={claims.get(row.key)}
                selected={selected.has(row.key)}
                currentRepId={currentRepId}
                repName={repName}
                locale={i18n.language}
                t={t}
                onToggle={onToggle}
                deadline={deadlines?.get(row.key)}
                markLocal={markLocal}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
}
