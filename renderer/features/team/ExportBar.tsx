import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatQuarter } from '../../format/format';
import { CSV_STYLES, csvStyleFor, sheetCsvBytes, type CsvStyleName } from '../../export/csv';
import { INVOICE_COLUMNS } from '../../export/invoice-rows';
import {
  exportFileStem,
  teamSheets,
  teamSummarySheet,
  type TeamExportData,
} from '../../export/team-sheets';
import { exportXlsx } from '../../export/xlsx-client';
import { DB_NAME } from '../../data/db';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui-store';
import { FAMILIES, type SavedFile } from '../../../shared/index';

/** CSV, XLSX (in a worker, with progress and cancel) and a printable PDF of the statement. */
export function ExportBar({ data, quarter }: { data: TeamExportData; quarter: string }) {
  const { t, i18n } = useTranslation();
  const toast = useUi((s) => s.toast);
  const [withLines, setWithLines] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const abort = useRef<AbortController | null>(null);
  // The last file saved through the desktop shell, which can reveal it in the file manager.
  const [lastSaved, setLastSaved] = useState<SavedFile | null>(null);
  const saved = (file: SavedFile | null) => {
    if (!file) return;
    toast('success', t('team.export.saved', { name: file.name }));
    setLastSaved(file);
  };
  // The language's spreadsheet convention until the user picks the other one.
  const [chosenStyle, setChosenStyle] = useState<CsvStyleName | null>(null);
  const csvStyle = chosenStyle ?? csvStyleFor(i18n.language);
  const base = exportFileStem(data.quarterLabel);
  const translate = (key: string, options?: Record<string, unknown>) => t(key, options ?? {});

  const saveCsv = async () => {
    const bytes = sheetCsvBytes(teamSummarySheet(data, translate), CSV_STYLES[csvStyle]);
    saved(await platform.files.save({ suggestedName: `${base}.csv`, mimeType: 'text/csv', bytes }));
  };

  const saveXlsx = async () => {
    // The button stays focusable while busy (aria-disabled), so keyboard focus is never lost.
    if (busy) return;
    const controller = new AbortController();
    abort.current = controller;
    setBusy(true);
    setProgress(null);
    try {
      const bytes = await exportXlsx(
        {
          creator: t('app.title'),
          sheets: teamSheets(data, translate),
          invoiceLines: withLines
            ? {
                dbName: DB_NAME,
                quarter,
                sheetName: t('team.export.invoiceSheet'),
                headers: INVOICE_COLUMNS.map((c) => t(`team.export.invoiceColumns.${c.key}`)),
                familyLabels: Object.fromEntries(FAMILIES.map((f) => [f, t(`families.${f}`)])),
                yes: t('common.yes'),
                no: t('common.no'),
              }
            : undefined,
        },
        { signal: controller.signal, onProgress: (done, total) => setProgress({ done, total }) },
      );
      const name = `${base}.xlsx`;
      saved(
        await platform.files.save({
          suggestedName: name,
          mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          bytes,
        }),
      );
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError')
        toast('info', t('team.export.cancelled'));
      else
        toast(
          'error',
          t('team.export.failed', {
            message: error instanceof Error ? error.message : String(error),
          }),
        );
    } finally {
      setBusy(false);
      setProgress(null);
      abort.current = null;
    }
  };

  const print = async () => {
    await platform.print.currentView(`${base}.pdf`);
  };

  return (
    <div className="export-bar no-print" role="group" aria-label={t('team.export.label')}>
      <button type="button" onClick={() => void saveCsv()}>
        {t('team.export.csv')}
      </button>
      <label className="choice">
        <span>{t('team.export.csvStyle')}</span>
        <select
          name="csv-style"
          value={csvStyle}
          onChange={(e) => setChosenStyle(e.target.value as CsvStyleName)}
        >
          {(Object.keys(CSV_STYLES) as CsvStyleName[]).map((name) => (
            <option key={name} value={name}>
              {t(`team.export.csvStyles.${name}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => void saveXlsx()} aria-disabled={busy}>
        {t('team.export.xlsx')}
      </button>
      <label className="choice">
        <input
          type="checkbox"
          name="with-lines"
          checked={withLines}
          onChange={(e) => setWithLines(e.target.checked)}
        />
        <span>{t('team.export.withLines', { quarter: formatQuarter(quarter) })}</span>
      </label>
      <button type="button" onClick={() => void print()}>
        {t('team.export.pdf')}
      </button>
      {lastSaved && platform.kind === 'electron' && (
        <button type="button" onClick={() => void platform.files.showInFolder(lastSaved.id)}>
          {t('team.export.showInFolder', { name: lastSaved.name })}
        </button>
      )}
      {busy && (
        <span className="export-progress" role="status">
          {progress
            ? t('team.export.progress', {
                done: formatNumber(progress.done, i18n.language),
                total: formatNumber(progress.total, i18n.language),
              })
            : t('team.export.preparing')}
          <button type="button" onClick={() => abort.current?.abort()}>
            {t('common.cancel')}
          </button>
        </span>
      )}
    </div>
  );
}
