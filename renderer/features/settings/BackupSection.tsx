import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import {
  BackupError,
  backupContents,
  countLocalData,
  exportBackup,
  readBackup,
  restoreBackupFile,
  type BackupFile,
  type LocalDataCounts,
} from '../../db/index';
import { db } from '../../data/db';
import { platform } from '../../platform/index';
import { nowIso } from '../../state/clock';
import { useUi } from '../../state/ui-store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDataCountsList } from '../../components/data-counts';
import { formatDateTime, formatNumber } from '../../format/format';
import { backupFileName } from './server';

/** One-file backup (download) and restore (replaces everything, after a warning). */
export function BackupSection() {
  const { t, i18n } = useTranslation();
  const toast = useUi((s) => s.toast);
  const list = useDataCountsList();
  // A backup is checked (format, version, checksum) before anything is asked or replaced.
  const [pending, setPending] = useState<{
    name: string;
    file: BackupFile;
    current: LocalDataCounts;
  } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const now = nowIso();
      const text = await exportBackup(db, now);
      const name = backupFileName(now);
      const saved = await platform.files.save({
        suggestedName: name,
        mimeType: 'application/json',
        bytes: new TextEncoder().encode(text),
      });
      if (saved) toast('success', t('settings.backup.saved', { name }));
    } catch (e) {
      toast('error', e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const detailOf = (e: BackupError) => {
    if (!e.detail) return e.message;
    const values = Object.fromEntries(
      Object.entries(e.detail.values ?? {}).map(([k, v]) => [
        k,
        typeof v === 'number' ? formatNumber(v, i18n.language) : v,
      ]),
    );
    return t(`settings.backup.details.${e.detail.key}`, values);
  };
  const explainError = (e: unknown) =>
    e instanceof BackupError
      ? t(`settings.backup.errors.${e.code}`, { detail: detailOf(e) })
      : t('settings.backup.errors.other', {
          detail: e instanceof Error ? e.message : String(e),
        });

  const choose = async () => {
    setError(null);
    const picked = await platform.files.open({ extensions: ['.json'] });
    if (!picked) return;
    setBusy(true);
    try {
      const file = await readBackup(new TextDecoder().decode(picked.bytes));
      setPending({ name: picked.name, file, current: await countLocalData(db) });
    } catch (e) {
      setError(explainError(e));
    } finally {
      setBusy(false);
    }
  };

  const restore = async () => {
    if (!pending) return;
    const { file, name } = pending;
    setPending(null);
    setBusy(true);
    try {
      const counts = await restoreBackupFile(db, file);
      const rows = Object.values(counts).reduce((a, b) => a + b, 0);
      toast('success', t('settings.backup.restored', { name, count: rows }));
    } catch (e) {
      setError(explainError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={t('settings.backup.title')}>
      <p className="small muted">{t('settings.backup.intro')}</p>
      <div className="button-row">
        <button type="button" onClick={() => void download()} disabled={busy}>
          {t('settings.backup.download')}
        </button>
        <button type="button" onClick={() => void choose()} disabled={busy}>
          {t('settings.backup.restore')}
        </button>
      </div>
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      <ConfirmDialog
        open={pending !== null}
        title={t('settings.backup.confirmTitle')}
        body={
          pending
            ? t('settings.backup.confirmBody', {
                name: pending.name,
                date: formatDateTime(pending.file.createdAt, i18n.language),
                schema: pending.file.schemaVersion,
                contents: list(backupContents(pending.file)),
                current: list(pending.current),
              })
            : ''
        }
        confirmLabel={t('settings.backup.confirm')}
        danger
        onConfirm={() => void restore()}
        onCancel={() => setPending(null)}
      />
    </Card>
  );
}
