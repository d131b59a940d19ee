import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState, PageHeader } from '../../components/Card';
import { db } from '../../data/db';
import { useCurrentUser, useRules, useUsers } from '../../data/hooks';
import { markRefusalsSeen, transitionClaims } from '../../db/index';
import { formatDate, formatMoney, formatQuarter } from '../../format/format';
import { nowIso, today } from '../../state/clock';
import { useUi } from '../../state/ui-store';
import { useSyncStatus } from '../../sync/status';
import type { ClaimProgram } from '../../../shared/index';
import { claimErrorMessage } from './claim-errors';
import { claimBlockedReason } from './claim-permission';
import { ClaimDialog } from './ClaimDialog';
import { ClaimFilters } from './ClaimFilters';
import { EMPTY_FILTER, filterLines, type LineFilter } from './filter-lines';
import { InvoiceTable } from './InvoiceTable';
import { repClaimsOn } from './line-claims';
import { Reconciliation } from './Reconciliation';
import { ServerRefusals } from './ServerRefusals';
import { coverage, EMPTY_SELECTION, toggleAll, toggleLine, type SelectionState } from './selection';
import { useClaimsData } from './use-claims-data';
import { UnclaimedPanel } from './UnclaimedPanel';
import { filterOpenLines, soonProgram, soonToClaim } from './unclaimed-view';
import { useUnclaimedLines } from './use-unclaimed-lines';
import type { WarningFormat } from './warnings';
import './claims.css';

export default function ClaimsScreen() {
  const { t, i18n } = useTranslation();
  const sync = useSyncStatus();
  const locale = i18n.language;
  const quarter = useUi((s) => s.quarter);
  const toast = useUi((s) => s.toast);
  const user = useCurrentUser();
  const users = useUsers();
  const rules = useRules(today());
  const blocked = claimBlockedReason(user);
  const blockedId = 'claims-blocked-reason';
  const repIds = useMemo(() => {
    const ids = new Set(users.map((u) => u.id));
    if (user) ids.add(user.id);
    return [...ids].sort();
  }, [users, user]);
  const { lines, claims, byLine, summary } = useClaimsData(quarter, repIds);

  // '#/claims/unclaimed' (the dashboard card's link) opens the unclaimed view.
  const [filter, setFilter] = useState<LineFilter>(() =>
    /^#\/?claims\/unclaimed/.test(window.location.hash)
      ? { ...EMPTY_FILTER, claimed: 'open', program: 'spiff' }
      : EMPTY_FILTER,
  );
  const deferredFilter = useDeferredValue(filter);
  const [selection, setSelection] = useState<{ quarter: string; state: SelectionState }>({
    quarter,
    state: EMPTY_SELECTION,
  });
  const sel = selection.quarter === quarter ? selection.state : EMPTY_SELECTION;
  // The dialog claims the selection, or (from the unclaimed view) the lines that expire soon.
  const [dialog, setDialogState] = useState<{
    readonly keys?: readonly string[];
    readonly program?: ClaimProgram;
  } | null>(null);
  // The dialog is removed rather than closed, so the browser does not return focus: it goes back
  // to the button that opened it, or (that button now disabled: the lines are claimed) to the
  // selection count just above the table.
  const opener = useRef<HTMLElement | null>(null);
  const selectionCount = useRef<HTMLSpanElement>(null);
  const [focusAfterDialog, setFocusAfterDialog] = useState(0);
  const setDialog = (next: typeof dialog) => {
    if (next && !dialog) opener.current = document.activeElement as HTMLElement | null;
    if (!next && dialog) setFocusAfterDialog((n) => n + 1);
    setDialogState(next);
  };
  useEffect(() => {
    if (focusAfterDialog === 0) return;
    const back = opener.current;
    if (back?.isConnected && !back.matches(':disabled')) back.focus();
    else selectionCount.current?.focus();
  }, [focusAfterDialog]);

  const openView = deferredFilter.claimed === 'open';
  const unclaimed = useUnclaimedLines(openView, user?.id, today(), rules);
  const source = openView ? unclaimed?.rows : lines;
  const shownClaims = openView ? (unclaimed?.byLine ?? byLine) : byLine;
  const filtered = useMemo(
    () =>
      openView
        ? unclaimed
          ? filterOpenLines(unclaimed.rows, unclaimed.info, unclaimed.byLine, deferredFilter)
          : []
        : lines
          ? filterLines(lines, byLine, deferredFilter)
          : [],
    [openView, unclaimed, lines, byLine, deferredFilter],
  );
  const soonClaimProgram = soonProgram(deferredFilter.program);
  const soon = useMemo(
    () => (unclaimed && soonClaimProgram ? soonToClaim(unclaimed.result, soonClaimProgram) : null),
    [unclaimed, soonClaimProgram],
  );
  const keys = useMemo(() => filtered.map((r) => r.key), [filtered]);
  const cover = useMemo(() => coverage(sel.selected, keys), [sel.selected, keys]);

  const onToggle = useCallback(
    (index: number, shift: boolean) =>
      setSelection((s) => ({
        quarter,
        state: toggleLine(s.quarter === quarter ? s.state : EMPTY_SELECTION, keys, index, shift),
      })),
    [keys, quarter],
  );
  const onToggleAll = useCallback(
    () =>
      setSelection((s) => ({
        quarter,
        state: toggleAll(s.quarter === quarter ? s.state : EMPTY_SELECTION, keys),
      })),
    [keys, quarter],
  );
  const clearSelection = () => setSelection({ quarter, state: EMPTY_SELECTION });

  const repNames = useMemo(() => new Map(users.map((u) => [u.id, u.name])), [users]);
  const repName = useCallback((id: string) => repNames.get(id) ?? id, [repNames]);
  const format = useMemo<WarningFormat>(
    () => ({
      money: (cents) => formatMoney(cents, rules.spiff.currency, locale),
      date: (iso) => formatDate(iso, locale),
      family: (family) => t(`families.${family}`),
      status: (status) => t(`claimStatus.${status}`),
      rep: repName,
    }),
    [rules.spiff.currency, locale, t, repName],
  );

  const dialogLines = useMemo(() => {
    if (!dialog) return [];
    const pool = source ?? [];
    if (dialog.keys) {
      const keys = new Set(dialog.keys);
      return pool.filter((l) => keys.has(l.key));
    }
    return pool.filter((l) => sel.selected.has(l.key));
  }, [dialog, source, sel.selected]);
  const drafts = useMemo(
    () => (user ? repClaimsOn(claims, sel.selected, user.id, ['draft']) : []),
    [claims, sel.selected, user],
  );

  const moveDrafts = async (to: 'queued' | 'withdrawn') => {
    if (!user || drafts.length === 0) return;
    try {
      await transitionClaims(db, { ids: drafts.map((d) => d.id), to, by: user.id, now: nowIso() });
      toast(
        'success',
        t(to === 'queued' ? 'claims.toast.queued' : 'claims.toast.withdrawn', {
          count: drafts.length,
        }),
      );
    } catch (e) {
      const message = claimErrorMessage(e);
      toast('error', t(message.key, message.values));
    }
  };

  const quarterLabel = formatQuarter(quarter);
  const header = (
    <>
      <PageHeader title={t('nav.claims')} />
      <p className="muted claims-subtitle">{t('claims.subtitle', { quarter: quarterLabel })}</p>
    </>
  );
  if (lines === undefined) return header;

  return (
    <div className="claims-screen">
      {header}
      {user && (
        <ServerRefusals
          claims={claims}
          lines={lines}
          repId={user.id}
          onDismiss={(ids) => void markRefusalsSeen(db, ids, nowIso())}
        />
      )}
      {user && summary && (
        <Reconciliation
          claims={summary.claims}
          repId={user.id}
          quarter={quarter}
          spiffRules={rules.spiff}
        />
      )}
      {lines.length === 0 && !openView ? (
        <div className="card">
          <EmptyState>{t('claims.empty.noLines', { quarter: quarterLabel })}</EmptyState>
          <a className="button primary" href="#/import">
            {t('claims.empty.import')}
          </a>
        </div>
      ) : (
        <section
          className="card claims-lines"
          aria-label={t('claims.table.label', { quarter: quarterLabel })}
        >
          <ClaimFilters filter={filter} onChange={setFilter} />
          {openView && unclaimed && (
            <UnclaimedPanel
              result={unclaimed.result}
              quarters={unclaimed.quarters}
              soon={soon}
              currency={rules.spiff.currency}
              canClaim={!blocked}
              {...(blocked ? { blockedReasonId: blockedId } : {})}
              onClaimSoon={() => soon && setDialog({ keys: soon.keys, program: soon.program })}
            />
          )}
          <div className="claims-toolbar" role="group" aria-label={t('claims.selection.toolbar')}>
            <span className="selection-count" aria-live="polite" ref={selectionCount} tabIndex={-1}>
              {sel.selected.size
                ? t('claims.selection.count', { count: sel.selected.size })
                : t('claims.selection.none')}
            </span>
            <span className="muted small">
              {t('claims.filters.showing', {
                count: filtered.length,
                total: (source ?? lines).length,
              })}
            </span>
            <div className="button-row">
              <button
                type="button"
                className="primary"
                disabled={sel.selected.size === 0 || !!blocked}
                aria-describedby={blocked ? blockedId : undefined}
                onClick={() => setDialog({})}
              >
                {t('claims.selection.claim')}
              </button>
              <button
                type="button"
                disabled={drafts.length === 0}
                onClick={() => void moveDrafts('queued')}
              >
                {t('claims.selection.queueDrafts', { count: drafts.length })}
              </button>
              <button
                type="button"
                disabled={drafts.length === 0}
                onClick={() => void moveDrafts('withdrawn')}
              >
                {t('claims.selection.withdrawDrafts', { count: drafts.length })}
              </button>
              <button type="button" disabled={sel.selected.size === 0} onClick={clearSelection}>
                {t('claims.selection.clear')}
              </button>
            </div>
            {blocked && (
              <p id={blockedId} className="muted small claims-blocked" data-testid="claims-blocked">
                {t(blocked)}
              </p>
            )}
          </div>
          {openView && !unclaimed ? (
            <p className="loading">{t('common.loading')}</p>
          ) : filtered.length === 0 ? (
            <div>
              <EmptyState>{t('claims.empty.noMatch')}</EmptyState>
              <button type="button" onClick={() => setFilter(EMPTY_FILTER)}>
                {t('claims.empty.clearFilters')}
              </button>
            </div>
          ) : (
            <InvoiceTable
              label={t('claims.table.label', { quarter: quarterLabel })}
              rows={filtered}
              claims={shownClaims}
              selected={sel.selected}
              coverage={cover}
              currentRepId={user?.id}
              repName={repName}
              onToggle={onToggle}
              onToggleAll={onToggleAll}
              markLocal={sync.account !== null}
              {...(openView && unclaimed ? { deadlines: unclaimed.info } : {})}
            />
          )}
          <p className="small muted">{t('claims.selection.hint')}</p>
        </section>
      )}
      {dialog && user && (
        <ClaimDialog
          lines={dialogLines}
          repId={user.id}
          rules={rules}
          format={format}
          {...(dialog.program ? { initialProgram: dialog.program } : {})}
          onClose={() => setDialog(null)}
          onClaimed={() => {
            setDialog(null);
            clearSelection();
          }}
        />
      )}
    </div>
  );
}
