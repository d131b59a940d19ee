import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, EmptyState, PageHeader } from '../../components/Card';
import { formatQuarter } from '../../format/format';
import { ExportBar } from './ExportBar';
import { Freshness } from './Freshness';
import { PartnerFiguresCard } from './PartnerFiguresCard';
import { RepDetail } from './RepDetail';
import { RepStatementCard } from './RepStatementCard';
import { PrintHeader, PrintPageStyle, PrintStatements, type PrintContext } from './TeamPrint';
import { TeamTable } from './TeamTable';
import { useTeamData } from './useTeamData';
import './team.css';

export default function TeamScreen() {
  const { t } = useTranslation();
  const data = useTeamData();
  const [selected, setSelected] = useState<string | null>(null);
  if (!data) return <p className="loading">{t('common.loading')}</p>;
  const quarterLabel = formatQuarter(data.quarter);
  const mine = data.statements[0];
  const selectedRep = data.statements.find((r) => r.repId === selected);
  const printContext: PrintContext = {
    quarter: data.quarter,
    partnerId: data.user?.partnerId ?? '',
    author: data.user?.name ?? '',
  };
  return (
    <div className="team">
      <PrintPageStyle />
      <PrintHeader context={printContext} />
      <PageHeader title={data.isManager ? t('team.title') : t('team.myTitle')}>
        <ExportBar
          quarter={data.quarter}
          data={{ quarterLabel, statements: data.statements, partner: data.partner }}
        />
      </PageHeader>
      <p className="muted">
        {data.isManager
          ? t('team.introManager', { quarter: quarterLabel })
          : t('team.introRep', { quarter: quarterLabel, name: data.user?.name ?? '' })}
      </p>
      <Freshness />
      {data.isManager ? (
        <>
          <Card title={t('team.tableTitle', { quarter: quarterLabel })}>
            <TeamTable statements={data.statements} selected={selected} onSelect={setSelected} />
            <p className="small muted">{t('team.capNote')}</p>
          </Card>
          {selectedRep && (
            <RepDetail
              rep={selectedRep}
              quarter={data.quarter}
              onClose={() => {
                setSelected(null);
                // Back to the name the details were opened from.
                document
                  .querySelector<HTMLButtonElement>(`#team-spiff [data-rep="${selectedRep.repId}"]`)
                  ?.focus();
              }}
            />
          )}
          {data.partner && <PartnerFiguresCard partner={data.partner} />}
          <PrintStatements statements={data.statements} context={printContext} />
        </>
      ) : mine ? (
        <RepStatementCard statement={mine} />
      ) : (
        <EmptyState>{t('team.noStatement')}</EmptyState>
      )}
    </div>
  );
}
