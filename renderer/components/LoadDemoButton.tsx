import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countLocalData, hasLocalData, type LocalDataCounts } from '../db/index';
import { db } from '../data/db';
import { nowIso, today } from '../state/clock';
import { useUi } from '../state/ui-store';
import { ConfirmDialog } from './ConfirmDialog';
import { useDataCountsList } from './data-counts';

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
        onClick={() => void ask()}
        disabled={busy}
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
