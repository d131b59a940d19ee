import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIM_PROGRAMS, type ClaimProgram } from '../../../shared/index';
import { db } from '../../data/db';
import {
  checkLines,
  claimLines,
  type ClaimRules,
  type InvoiceRow,
  type LineCheck,
} from '../../db/index';
import { nowIso, today } from '../../state/clock';
import { useUi } from '../../state/ui-store';
import { claimErrorMessage } from './claim-errors';
import { LineWarnings } from './LineWarnings';
import { NominatedNames } from '../nominations/NominatedNames';
import { linesToClaim, summariseChecks, type WarningFormat } from './warnings';

const MAX_LISTED = 100;

export interface ClaimDialogProps {
  readonly lines: readonly InvoiceRow[];
  readonly repId: string;
  readonly rules: ClaimRules;
  readonly format: WarningFormat;
  readonly onClose: () => void;
  readonly onClaimed: () => void;
  /** The program chosen when the dialog opens (SPIFF unless said). */
  readonly initialProgram?: ClaimProgram;
}

/** Bulk claim: choose the program, check before you claim, then claim (or save drafts). */
export function ClaimDialog({
  lines,
  repId,
  rules,
  format,
  onClose,
  onClaimed,
  initialProgram,
}: ClaimDialogProps) {
  const { t } = useTranslation();
  const toast = useUi((s) => s.toast);
  const ref = useRef<HTMLDialogElement>(null);
  const [program, setProgram] = useState<ClaimProgram>(initialProgram ?? 'spiff');
  const [nominated, setNominated] = useState('');
  const [checks, setChecks] = useState<readonly LineCheck[] | null>(null);
  const [accept, setAccept] = useState(false);
  const [draft, setDraft] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  // Each step replaces the form the focus was in (its button is disabled while it works): focus
  // goes to the review's heading after the check, and back to the check button after "Back".
  const reviewHeading = useRef<HTMLHeadingElement>(null);
  const checkButton = useRef<HTMLButtonElement>(null);
  const reviewed = useRef(false);
  useEffect(() => {
    if (checks) reviewHeading.current?.focus();
    else if (reviewed.current) checkButton.current?.focus();
    reviewed.current = checks !== null;
  }, [checks]);

  const byKey = useMemo(() => new Map(lines.map((l) => [l.key, l])), [lines]);
  const summary = useMemo(() => (checks ? summariseChecks(checks) : null), [checks]);
  const warned = useMemo(() => (checks ?? []).filter((c) => c.warnings.length > 0), [checks]);
  const toClaim = summary ? linesToClaim(summary, accept) : [];
  const needsName = program === 'ncb' && nominated.trim() === '';
  const nominatedName = program === 'ncb' ? nominated.trim() : undefined;
  const programLabel = t(`claims.programs.${program}`);

  const check = async () => {
    setBusy(true);
    setError(null);
    try {
      setChecks(
        await checkLines(
          db,
          {
            lineKeys: lines.map((l) => l.key),
            program,
            repId,
            today: today(),
            ...(nominatedName !== undefined ? { nominatedCustomerName: nominatedName } : {}),
          },
          rules,
        ),
      );
      setAccept(false);
    } catch (e) {
      const message = claimErrorMessage(e);
      setError(t(message.key, message.values));
    } finally {
      setBusy(false);
    }
  };

  const claim = async () => {
    setBusy(true);
    setError(null);
    try {
      const outcome = await claimLines(
        db,
        {
          lineKeys: toClaim,
          program,
          repId,
          now: nowIso(),
          today: today(),
          status: draft ? 'draft' : 'queued',
          acceptWarnings: accept,
          ...(nominatedName !== undefined ? { nominatedCustomerName: nominatedName } : {}),
        },
        rules,
      );
      const count = outcome.claimed.length;
      toast(
        'success',
        t(draft ? 'claims.toast.drafted' : 'claims.toast.claimed', {
          count,
          program: programLabel,
        }),
      );
      if (outcome.skipped.length)
        toast('info', t('claims.toast.skipped', { count: outcome.skipped.length }));
      onClaimed();
    } catch (e) {
      const message = claimErrorMessage(e);
      const text = t(message.key, message.values);
      setError(text);
      toast('error', text);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="claim-dialog"
      aria-labelledby="claim-dialog-title"
      onClose={onClose}
    >
      <h2 id="claim-dialog-title">{t('claims.dialog.title', { count: lines.length })}</h2>
      {checks === null || summary === null ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!needsName && !busy) void check();
          }}
        >
          <fieldset className="program-choice">
            <legend>{t('claims.dialog.program')}</legend>
            {CLAIM_PROGRAMS.map((p) => (
              <label key={p} className="radio">
                <input
                  type="radio"
                  name="program"
                  value={p}
                  checked={program === p}
                  onChange={() => setProgram(p)}
                />
                {t(`claims.programs.${p}`)}
              </label>
            ))}
          </fieldset>
          {program === 'ncb' && (
            <label className="field">
              {t('claims.dialog.nominated')}
              <input
                name="nominated-customer"
                type="text"
                value={nominated}
                required
                aria-describedby="nominated-help"
                list="nominated-names"
                onChange={(e) => setNominated(e.target.value)}
              />
              <NominatedNames id="nominated-names" />
              <span id="nominated-help" className="small muted">
                {t('claims.dialog.nominatedHelp')}
              </span>
            </label>
          )}
          {error && (
            <p className="banner banner-error" role="alert">
              {error}
            </p>
          )}
          <div className="button-row dialog-actions">
            <button type="button" onClick={onClose}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className="primary"
              ref={checkButton}
              aria-disabled={busy || needsName}
            >
              {busy ? t('claims.dialog.checking') : t('claims.dialog.check')}
            </button>
          </div>
          {needsName && <p className="small muted">{t('claims.dialog.nominatedMissing')}</p>}
        </form>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (toClaim.length) void claim();
          }}
        >
          <h3 ref={reviewHeading} tabIndex={-1}>
            {t('claims.dialog.reviewTitle')}
          </h3>
          <ul className="review-summary">
            <li>{t('claims.dialog.clean', { count: summary.clean.length })}</li>
            {summary.soft.length > 0 && (
              <li>{t('claims.dialog.soft', { count: summary.soft.length })}</li>
            )}
            {summary.blocked.length > 0 && (
              <li>{t('claims.dialog.blocked', { count: summary.blocked.length })}</li>
            )}
          </ul>
          {warned.length > 0 && (
            <ul className="review-lines" aria-label={t('claims.dialog.reviewTitle')}>
              {warned.slice(0, MAX_LISTED).map((c) => (
                <LineWarnings
                  key={c.lineKey}
                  line={byKey.get(c.lineKey)}
                  warnings={c.warnings}
                  format={format}
                />
              ))}
            </ul>
          )}
          {warned.length > MAX_LISTED && (
            <p className="small muted">
              {t('claims.dialog.more', { count: warned.length - MAX_LISTED })}
            </p>
          )}
          {summary.soft.length > 0 && (
            <label className="check">
              <input
                name="accept-warnings"
                type="checkbox"
                checked={accept}
                onChange={(e) => setAccept(e.target.checked)}
              />
              {t('claims.dialog.acceptWarnings', { count: summary.soft.length })}
            </label>
          )}
          <label className="check">
            <input
              name="save-as-draft"
              type="checkbox"
              checked={draft}
              onChange={(e) => setDraft(e.target.checked)}
            />
            {t('claims.dialog.saveAsDraft')}
          </label>
          {error && (
            <p className="banner banner-error" role="alert">
              {error}
            </p>
          )}
          {toClaim.length === 0 && <p className="small muted">{t('claims.dialog.nothing')}</p>}
          <div className="button-row dialog-actions">
            <button type="button" onClick={() => setChecks(null)} disabled={busy}>
              {t('claims.dialog.back')}
            </button>
            <button type="button" onClick={onClose} disabled={busy}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="primary" disabled={busy || toClaim.length === 0}>
              {busy
                ? t('claims.dialog.working')
                : t(draft ? 'claims.dialog.submitDraft' : 'claims.dialog.submit', {
                    count: toClaim.length,
                  })}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
