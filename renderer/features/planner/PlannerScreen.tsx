import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, PageHeader } from '../../components/Card';
import { deleteDealPlan, duplicateDealPlan, saveDealPlan, type DealPlanRow } from '../../db/index';
import { db } from '../../data/db';
import { nowIso, today } from '../../state/clock';
import { useUi } from '../../state/ui-store';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { CatalogPicker } from './CatalogPicker';
import { ComparePanel } from './ComparePanel';
import { LinesTable } from './LinesTable';
import { PlanForm } from './PlanForm';
import { ResultPanel } from './ResultPanel';
import { SavedPlans } from './SavedPlans';
import { ProblemsBanner, problemText } from './ProblemsBanner';
import {
  draftProblems,
  emptyDraft,
  fromPlan,
  lineFromCatalog,
  listTotal,
  toDealInput,
  type Draft,
} from './plan-draft';
import { usePlanResult } from './usePlanResult';
import { CreditLineNote } from './CreditLineNote';
import {
  DEFAULT_TARGET,
  TargetPricePanel,
  useTargetPrice,
  type TargetSettings,
} from './TargetPricePanel';
import { QuoteCard } from '../quote/QuoteCard';
import './planner.css';

const newId = () => `plan-${crypto.randomUUID()}`;

export default function PlannerScreen() {
  const { t, i18n } = useTranslation();
  const toast = useUi((s) => s.toast);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft(today()));
  const [compare, setCompare] = useState<string[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const plans = useLiveQuery(() => db.dealPlans.orderBy('updatedAt').reverse().toArray(), []) ?? [];
  const problems = draftProblems(draft);
  const input = toDealInput(draft);
  // A field showing an error never feeds a total: nothing is calculated until it is fixed.
  const outcome = usePlanResult(problems.length === 0 ? input : null, draft.date);
  const saved = plans.find((p) => p.id === draft.id);
  const [target, setTarget] = useState<TargetSettings>(DEFAULT_TARGET);
  const targetOutcome = useTargetPrice(
    problems.length === 0 ? input : null,
    draft.lines,
    outcome?.ok ? outcome.rules : null,
    target,
    i18n.language,
    t,
  );

  const fail = (error: unknown) =>
    toast('error', error instanceof Error ? error.message : String(error));

  const save = async () => {
    const first = problems[0];
    if (first) {
      toast(
        'error',
        t('planner.toast.notSaved', { problem: problemText(t, first, i18n.language) }),
      );
      return;
    }
    const now = nowIso();
    const name = draft.name.trim() || t('planner.untitled', { date: draft.date });
    const row: DealPlanRow = {
      id: draft.id ?? newId(),
      name,
      date: draft.date,
      createdAt: saved?.createdAt ?? now,
      updatedAt: now,
      input,
    };
    try {
      await saveDealPlan(db, row);
      setDraft({ ...draft, id: row.id, name });
      toast('success', t('planner.toast.saved', { name }));
    } catch (error) {
      fail(error);
    }
  };

  const duplicate = async () => {
    if (!saved) return;
    try {
      const copy = await duplicateDealPlan(
        db,
        saved.id,
        newId(),
        t('planner.copyOf', { name: saved.name }),
        nowIso(),
      );
      setDraft(fromPlan(copy));
      toast('success', t('planner.toast.duplicated', { name: copy.name }));
    } catch (error) {
      fail(error);
    }
  };

  const remove = async () => {
    setConfirmDelete(false);
    if (!saved) return;
    await deleteDealPlan(db, saved.id);
    setCompare((ids) => ids.filter((id) => id !== saved.id));
    setDraft(emptyDraft(today()));
    toast('success', t('planner.toast.deleted', { name: saved.name }));
  };

  const comparePlans = compare
    .map((id) => plans.find((p) => p.id === id))
    .filter((p): p is DealPlanRow => p !== undefined);

  return (
    <div className="planner">
      <PageHeader title={t('planner.title')}>
        <button type="button" onClick={() => setDraft(emptyDraft(today()))}>
          {t('planner.actions.new')}
        </button>
        <button type="button" className="primary" onClick={() => void save()}>
          {saved ? t('planner.actions.save') : t('planner.actions.saveNew')}
        </button>
        <button type="button" onClick={() => void duplicate()} disabled={!saved}>
          {t('planner.actions.duplicate')}
        </button>
        <button type="button" onClick={() => setConfirmDelete(true)} disabled={!saved}>
          {t('planner.actions.delete')}
        </button>
      </PageHeader>
      <p className="muted">{t('planner.intro')}</p>
      <div className="planner-layout">
        <div className="planner-main">
          <Card title={saved ? t('planner.editing', { name: saved.name }) : t('planner.newPlan')}>
            <PlanForm draft={draft} onChange={setDraft} />
          </Card>
          <Card title={t('planner.lines.title')}>
            <CatalogPicker
              onAdd={(item) =>
                setDraft((d) => ({
                  ...d,
                  lines: [...d.lines, lineFromCatalog(item, crypto.randomUUID())],
                }))
              }
            />
            <LinesTable
              lines={draft.lines}
              onChange={(key, update) =>
                setDraft((d) => ({
                  ...d,
                  lines: d.lines.map((l) => (l.key === key ? update(l) : l)),
                }))
              }
              onRemove={(key) =>
                setDraft((d) => ({ ...d, lines: d.lines.filter((l) => l.key !== key) }))
              }
            />
          </Card>
          {draft.lines.length > 0 && (
            <Card title={t('planner.target.title')}>
              <TargetPricePanel
                lines={draft.lines}
                target={target}
                onTarget={setTarget}
                outcome={problems.length === 0 ? targetOutcome : null}
              />
            </Card>
          )}
          {draft.lines.length > 0 && (
            <Card title={t('quote.title')}>
              <QuoteCard
                priced={problems.length === 0 && targetOutcome?.ok ? targetOutcome.result : null}
                lines={draft.lines}
                date={today()}
                planName={draft.name}
              />
            </Card>
          )}
        </div>
        <div className="planner-side">
          <Card title={t('planner.result.title')}>
            {outcome ? (
              <>
                <ResultPanel outcome={outcome} listCents={listTotal(draft)} />
                {outcome.ok && <CreditLineNote dealCents={outcome.result.partnerPriceCents} />}
              </>
            ) : (
              <ProblemsBanner problems={problems} />
            )}
          </Card>
          <Card title={t('planner.saved.title')}>
            <SavedPlans
              plans={plans}
              currentId={draft.id}
              selected={compare}
              onOpen={(plan) => setDraft(fromPlan(plan))}
              onToggle={(id) =>
                setCompare((ids) =>
                  ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id].slice(0, 3),
                )
              }
            />
          </Card>
        </div>
      </div>
      {comparePlans.length >= 2 && (
        <Card title={t('planner.compare.title', { count: comparePlans.length })}>
          <ComparePanel plans={comparePlans} />
        </Card>
      )}
      <ConfirmDialog
        open={confirmDelete}
        title={t('planner.confirmDelete.title')}
        body={t('planner.confirmDelete.body', { name: saved?.name ?? '' })}
        confirmLabel={t('planner.confirmDelete.confirm')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirmDelete(false)}
      />
    </div>
  );
}
