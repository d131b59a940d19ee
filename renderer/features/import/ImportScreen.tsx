import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';
import { DB_NAME, db } from '../../data/db';
import { getSetting, listImportBatches, putSetting, type ImportBatchRow } from '../../db/index';
import type { Family } from '../../../shared/index';
import type { ColumnMappingInput, Field } from '../../../shared/import/index';
import type { ImportProgress, ImportReport } from '../../import/pipeline';
import { runImportInWorker, type RunningImport } from '../../import/run-import';
import { formatNumber } from '../../format/format';
import { useUi } from '../../state/ui-store';
import { onImportOffered, takePendingImport } from '../../platform/launch';
import { isInterrupted, isSameFile, sha256Hex } from './batches';
import { DropZone } from './DropZone';
import { ImportHistory } from './ImportHistory';
import { ImportProgressView } from './ImportProgressView';
import { ImportResult } from './ImportResult';
import { MappingPreview } from './MappingPreview';
import {
  familyValuesKey,
  mergeFamilyValues,
  readFamilyValues,
  withFamilyValue,
  type FamilyValues,
} from './family-memory';
import { readStored, settingKey, toStored, applyStored } from './mapping-memory';
import { buildPreview, reparse, type ChosenFile, type Preview } from './preview';
import { QuarantineList } from './QuarantineList';
import './import.css';

interface Running {
  readonly fileName: string;
  readonly batchId: string;
  readonly progress: ImportProgress | null;
  readonly cancelling: boolean;
}

const NO_BATCHES: readonly ImportBatchRow[] = [];

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export default function ImportScreen() {
  const { t, i18n } = useTranslation();
  const toast = useUi((s) => s.toast);
  const batches = useLiveQuery(() => listImportBatches(db), []) ?? NO_BATCHES;
  const [reading, setReading] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [running, setRunning] = useState<Running | null>(null);
  const [result, setResult] = useState<{ fileName: string; report: ImportReport } | null>(null);
  const [resumeTarget, setResumeTarget] = useState<ImportBatchRow | null>(null);
  const [shownBatch, setShownBatch] = useState<ImportBatchRow | null>(null);
  const [error, setError] = useState<string | null>(null);
  const runRef = useRef<RunningImport | null>(null);

  const busy = reading !== null || running !== null;
  const activeBatchId = running?.batchId ?? null;
  const interrupted = batches.filter((b) => isInterrupted(b, activeBatchId));

  const reset = () => {
    setPreview(null);
    setResult(null);
    setError(null);
    setResumeTarget(null);
  };

  const run = (
    file: ChosenFile,
    options: {
      batchId: string;
      distributor?: string;
      mapping?: ColumnMappingInput;
      familyValues?: FamilyValues;
      resume?: boolean;
    },
  ) => {
    setRunning({
      fileName: file.name,
      batchId: options.batchId,
      progress: null,
      cancelling: false,
    });
    setPreview(null);
    setResult(null);
    setError(null);
    const handle = runImportInWorker(
      {
        dbName: DB_NAME,
        // The worker takes ownership of the bytes it is sent: send a copy.
        bytes: file.bytes.slice(),
        batchId: options.batchId,
        fileName: file.name,
        ...(options.distributor ? { distributor: options.distributor } : {}),
        ...(options.mapping ? { mapping: options.mapping } : {}),
        ...(options.familyValues && Object.keys(options.familyValues).length
          ? { familyValues: options.familyValues }
          : {}),
        ...(options.resume ? { resume: true } : {}),
      },
      (progress) => setRunning((r) => (r ? { ...r, progress } : r)),
    );
    runRef.current = handle;
    handle.result
      .then((report) => {
        setResult({ fileName: file.name, report });
        if (report.status === 'done' && report.batch)
          toast(
            'success',
            t('import.toast.done', {
              count: report.batch.inserted + report.batch.updated + report.batch.unchanged,
              file: file.name,
            }),
          );
      })
      .catch((e: unknown) => setError(t('import.errors.run', { message: errorText(e) })))
      .finally(() => {
        runRef.current = null;
        setRunning(null);
      });
  };

  const resume = async (batch: ImportBatchRow, file: ChosenFile) => {
    const hash = await sha256Hex(file.bytes);
    if (!isSameFile(batch, file.name, hash)) {
      setError(t('import.resume.wrongFile', { chosen: file.name, file: batch.fileName }));
      return;
    }
    const stored = batch.distributor
      ? readStored(await getSetting<unknown>(db, settingKey(batch.distributor), null))
      : null;
    // A resumed import must read the rows exactly as the interrupted one did: the same
    // remembered columns and category values.
    const familyValues = batch.distributor
      ? readFamilyValues(await getSetting<unknown>(db, familyValuesKey(batch.distributor), null))
      : {};
    const headers = (batch.detected as { headers?: unknown } | undefined)?.headers;
    const mapping =
      stored && Array.isArray(headers) && headers.every((h) => typeof h === 'string')
        ? applyStored(stored, headers)
        : undefined;
    setResumeTarget(null);
    run(file, {
      batchId: batch.id,
      resume: true,
      ...(batch.distributor ? { distributor: batch.distributor } : {}),
      ...(mapping ? { mapping } : {}),
      familyValues,
    });
  };

  const onFile = async (file: ChosenFile) => {
    setError(null);
    setResult(null);
    setShownBatch(null);
    if (resumeTarget) {
      await resume(resumeTarget, file);
      return;
    }
    setReading(file.name);
    try {
      setPreview(await buildPreview(file));
    } catch (e) {
      setError(t('import.errors.read', { message: errorText(e) }));
    } finally {
      setReading(null);
    }
  };

  // A file the OS opened with the app (file association) starts here like a chosen one.
  const onFileRef = useRef(onFile);
  onFileRef.current = onFile;
  useEffect(() => {
    const pickUp = () => {
      const file = takePendingImport();
      if (file) void onFileRef.current(file);
    };
    pickUp();
    return onImportOffered(pickUp);
  }, []);

  const update = async (
    mapping: Preview['mapping'],
    distributor: string,
    familyValues: FamilyValues = preview?.familyValues ?? {},
  ) => {
    if (!preview) return;
    setPreview({ ...preview, mapping, familyValues, typedDistributor: distributor });
    try {
      setPreview(await reparse(preview, mapping, distributor, familyValues));
    } catch (e) {
      setError(t('import.errors.read', { message: errorText(e) }));
    }
  };

  const start = async () => {
    if (!preview) return;
    const distributor = preview.distributor;
    if (distributor) {
      await putSetting(
        db,
        settingKey(distributor),
        toStored(preview.mapping, preview.result.detected.headers),
      ).catch(() => undefined);
      const stored = readFamilyValues(
        await getSetting<unknown>(db, familyValuesKey(distributor), null),
      );
      await putSetting(
        db,
        familyValuesKey(distributor),
        mergeFamilyValues(stored, preview.familyValues, preview.result.detected.unknownFamilies),
      ).catch(() => undefined);
    }
    run(preview.file, {
      batchId: crypto.randomUUID(),
      mapping: preview.mapping,
      familyValues: preview.familyValues,
      ...(preview.typedDistributor.trim() ? { distributor: preview.typedDistributor.trim() } : {}),
    });
  };

  const first = interrupted[0];
  return (
    <div className="import-screen">
      <PageHeader title={t('nav.import')} />
      <p className="muted import-subtitle">{t('import.subtitle')}</p>
      {first && !running && (
        <p className="banner banner-warning" role="status">
          {t('import.resume.interrupted', {
            count: interrupted.length,
            file: first.fileName,
            done: formatNumber(first.doneRows, i18n.language),
            total: formatNumber(first.totalRows, i18n.language),
          })}
        </p>
      )}
      {error && (
        <p className="banner banner-error" role="alert">
          {error}
        </p>
      )}
      {resumeTarget && (
        <div className="banner banner-info resume-prompt" role="status">
          <p>
            {t('import.resume.prompt', {
              file: resumeTarget.fileName,
              done: formatNumber(resumeTarget.doneRows, i18n.language),
              total: formatNumber(resumeTarget.totalRows, i18n.language),
            })}
          </p>
          <button type="button" onClick={() => setResumeTarget(null)}>
            {t('import.resume.cancel')}
          </button>
        </div>
      )}
      {running ? (
        <ImportProgressView
          fileName={running.fileName}
          progress={running.progress}
          cancelling={running.cancelling}
          onCancel={() => {
            runRef.current?.cancel();
            setRunning((r) => (r ? { ...r, cancelling: true } : r));
          }}
        />
      ) : result ? (
        <ImportResult fileName={result.fileName} report={result.report} onAnother={reset} />
      ) : preview ? (
        <MappingPreview
          preview={preview}
          busy={busy}
          onMapping={(field: Field, column) =>
            void update({ ...preview.mapping, [field]: column }, preview.typedDistributor)
          }
          onDistributor={(d) => void update(preview.mapping, d)}
          onFamilyValue={(value: string, family: Family | null) =>
            void update(
              preview.mapping,
              preview.typedDistributor,
              withFamilyValue(preview.familyValues, value, family),
            )
          }
          onStart={() => void start()}
          onReset={reset}
        />
      ) : (
        <>
          <DropZone onFile={(f) => void onFile(f)} busy={busy} />
          {reading && (
            <p className="muted" role="status">
              {t('import.drop.reading', { file: reading })}
            </p>
          )}
        </>
      )}
      {shownBatch && !running && !result && (
        <div className="card">
          <QuarantineList batchId={shownBatch.id} fileName={shownBatch.fileName} />
        </div>
      )}
      <ImportHistory
        batches={batches}
        activeBatchId={activeBatchId}
        busy={busy}
        onResume={(b) => {
          reset();
          setResumeTarget(b);
        }}
        onShowProblems={(b) => {
          setResult(null);
          setShownBatch(b);
        }}
      />
    </div>
  );
}
