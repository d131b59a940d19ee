import { useTranslation } from 'react-i18next';
import { CLAIM_PROGRAMS, CLAIM_STATUSES, FAMILIES, isClaimStatus } from '../../../shared/index';
import type { LineFilter } from './filter-lines';

function isProgram(value: string): value is LineFilter['program'] {
  return value === 'any' || (CLAIM_PROGRAMS as readonly string[]).includes(value);
}

function isClaimed(value: string): value is LineFilter['claimed'] {
  return value === 'all' || value === 'claimed' || value === 'unclaimed' || value === 'open';
}

export function ClaimFilters({
  filter,
  onChange,
}: {
  filter: LineFilter;
  onChange: (filter: LineFilter) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<LineFilter>) => onChange({ ...filter, ...patch });
  return (
    <form
      className="form-row claims-filters"
      role="search"
      aria-label={t('claims.filters.label')}
      onSubmit={(e) => e.preventDefault()}
    >
      <label className="field">
        {t('claims.filters.family')}
        <select
          name="family"
          value={filter.family}
          onChange={(e) => set({ family: e.target.value })}
        >
          <option value="">{t('claims.filters.allFamilies')}</option>
          {FAMILIES.map((f) => (
            <option key={f} value={f}>
              {t(`families.${f}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('claims.filters.program')}
        <select
          name="program"
          value={filter.program}
          onChange={(e) => isProgram(e.target.value) && set({ program: e.target.value })}
        >
          <option value="any">{t('claims.filters.anyProgram')}</option>
          {CLAIM_PROGRAMS.map((p) => (
            <option key={p} value={p}>
              {t(`claims.programs.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field claims-claimed">
        {t('claims.filters.claimed')}
        <select
          name="claimed"
          value={filter.claimed}
          onChange={(e) => {
            const claimed = e.target.value;
            if (!isClaimed(claimed)) return;
            // The unclaimed view values one program at a time: SPIFF unless one is chosen.
            set(
              claimed === 'open' && filter.program === 'any'
                ? { claimed, program: 'spiff' }
                : { claimed },
            );
          }}
        >
          <option value="all">{t('claims.filters.claimedAll')}</option>
          <option value="claimed">{t('claims.filters.claimedYes')}</option>
          <option value="unclaimed">{t('claims.filters.claimedNo')}</option>
          <option value="open">{t('claims.filters.claimedOpen')}</option>
        </select>
      </label>
      <label className="field">
        {t('claims.filters.status')}
        <select
          name="status"
          value={filter.status}
          onChange={(e) => set({ status: isClaimStatus(e.target.value) ? e.target.value : '' })}
        >
          <option value="">{t('claims.filters.anyStatus')}</option>
          {CLAIM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`claimStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field claims-search">
        {t('claims.filters.text')}
        <input
          name="search"
          type="search"
          value={filter.text}
          placeholder={t('claims.filters.textPlaceholder')}
          onChange={(e) => set({ text: e.target.value })}
        />
      </label>
    </form>
  );
}
