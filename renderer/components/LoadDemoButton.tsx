import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countLocalData, hasLocalData, type LocalDataCounts } from '../db/index';
import { db } from '../data/db';
import { nowIso, today } from '../state/clock';
import { useUi } from '../state/ui-store';
import { ConfirmDialog } from './ConfirmDialog';
import { useDataCountsList } from './data-counts';

/**
 * After loading from the first-run offer, that offer (and the focused button) goes away: focus
 * moves to the heading of the screen that replaces it. Elsewhere (Settings) focus stays put.
 */
function focusHeadingOnceShown(framesLeft = 300): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    const lost = !active || active === document.body;
    if (!lost && !active.closest('.first-run')) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (lost && heading && !heading.closest('.first-run')) heading.focus();
    else if (framesLeft > 0) focusHeadingOnceShown(framesLeft - 1);
  });
}

/**
 * "Load demo data", wherever it is offered. Loading replaces everything on this computer, so when
 * there is anything to replace the person is asked first, with what would go named and counted.
 */
export function LoadDemoButton({ className }: { className?: string }) {
  const { t } = useTranslation();
  const busy = useUi((s) => s.demoLoading);
  const setBusy = useUi((s) => s.setDemoLoading);
  const toast = useUi((s) => s.toast);
  const [replacing, setReplacing] = useState<LocalDataCounts | null>(null);

  const load = async () => {
    setBusy(true);
    try {
      // The demo set (and its generator) loads only when asked for: not part of the first screen.
      const { loadDemoData } = await import('../demo/demo-data');
      await loadDemoData(db, today(), nowIso());
      toast('success', t('demoLoad.loaded'));
      // The first-run offer this button sat in is gone now: focus the screen's heading instead
      // of leaving it on the page body.
      focusHeadingOnceShown();
    } catch (error) {
      toast('error', error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const ask = async () => {
    const counts = await countLocalData(db);
    if (hasLocalData(counts)) setReplacing(counts);
    else await load();
  };

  const list = useDataCountsList();

  return (
    <>
      <button
        type="button"
        className={className}
        // Not `disabled` while busy: a disabled button drops keyboard focus to the page body.
        onClick={() => {
          if (!busy) void ask();
        }}
        aria-disabled={busy}
        aria-busy={busy}
      >
        {busy ? t('demoLoad.loading') : t('demoLoad.load')}
      </button>
      <ConfirmDialog
        open={replacing !== null}
        title={t('demoLoad.replaceTitle')}
        body={replacing ? t('demoLoad.replaceBody', { list: list(replacing) }) : ''}
        confirmLabel={t('demoLoad.replaceConfirm')}
        danger
        onConfirm={() => {
          setReplacing(null);
          void load();
        }}
        onCancel={() => setReplacing(null)}
      />
    </>
  );
}
