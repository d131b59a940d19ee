// Scaffold: replaced by the planner screen.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';

export default function PlannerScreen() {
  const { t } = useTranslation();
  return <PageHeader title={t('nav.planner')} />;
}
