import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { db } from '../../data/db';
import { clearAllData } from '../../demo/demo-data';
import { LoadDemoButton } from '../../components/LoadDemoButton';
import { readAccount } from '../../sync/account';
import { useUi } from '../../state/ui-store';
import { ConfirmDialog } from '../../components/ConfirmDialog';

export function DemoSection() {
  const { t } = useTranslation();
  const toast = useUi((s) => s.toast);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const demoLoading = useUi((s) => s.demoLoading);
  const demo = useLiveQuery(() => db.settings.get('demoLoadedAt'), []);
  // A signed-in user's database holds what the server sent: the demo would replace it and stop
  // its sync, so it is offered only on a database that no one has signed in to.
  const account = useLiveQuery(() => readAccount(db), []);
  // Changes the server has not answered yet exist nowhere else: clearing loses them, so say so.
  const unsent = useLiveQuery(() => db.outbox.filter((r) => r.result === undefined).count(), []);

  const run = async (work: () => Promise<void>, done: string) => {
    setBusy(true);
    try {
      await work();
      toast('success', done);
    } catch (e) {
      toast('error', e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('settings.demo.title')}>
      <p className="small muted">
        {account
          ? t('settings.demo.signedIn', { name: account.name })
          : demo
            ? t('settings.demo.loaded')
            : t('settings.demo.notLoaded')}
      </p>
      <div className="button-row">
        {!account && <LoadDemoButton />}
        <button type="button" disabled={busy || demoLoading} onClick={() => setConfirming(true)}>
          {t('settings.demo.clear')}
        </button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={t('settings.demo.confirmTitle')}
        body={
          unsent
            ? `${t('settings.demo.confirmBody')} ${t('settings.demo.confirmUnsent', { count: unsent })}`
            : t('settings.demo.confirmBody')
        }
        confirmLabel={t('settings.demo.confirm')}
        danger
        onConfirm={() => {
          setConfirming(false);
          void run(async () => {
            await clearAllData(db);
            window.location.hash = '#/dashboard';
          }, t('settings.demo.cleared'));
        }}
        onCancel={() => setConfirming(false)}
      />
    </Card>
  );
}
