import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { PROGRAMS, ruleHistory, rulesOn } from '../../../shared/index';
import { Card } from '../../components/Card';
import { getSetting, PERSISTENCE_SETTING, type PersistenceAnswer } from '../../db/index';
import { db } from '../../data/db';
import { useRuleVersions } from '../../data/hooks';
import { formatDate } from '../../format/format';
import { platform } from '../../platform/index';
import { today } from '../../state/clock';

/** Version, platform, storage persistence, the rules in force today and their history. */
export function AboutSection() {
  const { t, i18n } = useTranslation();
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void platform.app.version().then(setVersion);
  }, []);
  const stored = useLiveQuery(
    () => getSetting<PersistenceAnswer | null>(db, PERSISTENCE_SETTING, null),
    [],
  );
  const [asked, setAsked] = useState<PersistenceAnswer | null>(null);
  useEffect(() => {
    // Clearing or restoring data may drop the stored answer: ask the browser (no prompt).
    const storage = globalThis.navigator?.storage;
    if (!storage?.persisted) return;
    void storage
      .persisted()
      .then((persisted) => setAsked({ persisted, supported: true, askedAt: '' }));
  }, []);
  const persistence = stored ?? asked;
  const versions = useRuleVersions();
  const date = today();
  const inForce = rulesOn(date, versions);
  const persistenceText = !persistence
    ? t('settings.about.persistenceUnknown')
    : !persistence.supported
      ? t('settings.about.persistenceUnsupported')
      : persistence.persisted
        ? t('settings.about.persistenceYes')
        : t('settings.about.persistenceNo');
  return (
    <Card title={t('settings.about.title')}>
      <dl className="settings-facts">
        <dt>{t('settings.about.version')}</dt>
        <dd>{version ?? t('common.loading')}</dd>
        <dt>{t('settings.about.platform')}</dt>
        <dd>{t(`settings.about.kind.${platform.kind}`)}</dd>
        <dt>{t('settings.about.persistence')}</dt>
        <dd>{persistenceText}</dd>
      </dl>
      <h3>{t('settings.about.rulesTitle', { date: formatDate(date, i18n.language) })}</h3>
      <div className="table-scroll">
        <table className="rules-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.about.program')}</th>
              <th scope="col">{t('settings.about.ruleVersion')}</th>
              <th scope="col">{t('settings.about.since')}</th>
              <th scope="col">{t('settings.about.source')}</th>
              <th scope="col">{t('settings.about.illustrative')}</th>
            </tr>
          </thead>
          <tbody>
            {PROGRAMS.map((program) => {
              const rule = inForce[program];
              const history = ruleHistory(program, versions);
              return (
                <tr key={program}>
                  <th scope="row">{t(`programs.${program}`)}</th>
                  <td>
                    <code>{rule.version}</code>
                    {history.length > 1 && (
                      <div className="small muted">
                        {t('settings.about.history', {
                          history: history
                            .map(
                              (v) => `${v.version} (${formatDate(v.effectiveFrom, i18n.language)})`,
                            )
                            .join(' → '),
                        })}
                      </div>
                    )}
                  </td>
                  <td className="nowrap">{formatDate(rule.effectiveFrom, i18n.language)}</td>
                  {/* Plain words for users; the developer's source note stays in the rule data. */}
                  <td className="small">{t(`settings.about.descriptions.${program}`)}</td>
                  <td className="small">
                    {rule.illustrative.length === 0
                      ? t('settings.about.noneIllustrative')
                      : t('settings.about.someIllustrative')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
