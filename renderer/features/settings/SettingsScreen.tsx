import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/Card';
import { AboutSection } from './AboutSection';
import { BackupSection } from './BackupSection';
import { DemoSection } from './DemoSection';
import { DesktopSection } from './DesktopSection';
import { LanguageSection } from './LanguageSection';
import { PartnerSection } from './PartnerSection';
import { ServerSection } from './ServerSection';
import { SyncSection } from './SyncSection';
import './settings.css';

export default function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <div className="settings">
      <PageHeader title={t('settings.title')} />
      <div className="settings-grid">
        <LanguageSection />
        <PartnerSection />
        <SyncSection />
        <ServerSection />
        <BackupSection />
        <DemoSection />
        <DesktopSection />
      </div>
      <AboutSection />
    </div>
  );
}
