import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecretPersistence, ShellSettings } from '../../../shared/index';
import { Card } from '../../components/Card';
import { platform } from '../../platform/index';
import { useUi } from '../../state/ui-store';

function tokenText(persistence: SecretPersistence): string {
  if (persistence.persisted) return 'desktop.settings.tokenKeychain';
  return {
    browser: 'desktop.settings.tokenBrowser',
    plaintextBackend: 'desktop.settings.tokenPlaintext',
    unavailable: 'desktop.settings.tokenUnavailable',
  }[persistence.reason];
}

/** The host's own settings: deadline notifications, where the sync sign-in is kept, the logs. */
export function DesktopSection() {
  const { t } = useTranslation();
  const toast = useUi((s) => s.toast);
  const [settings, setSettings] = useState<ShellSettings | null>(null);
  const [persistence, setPersistence] = useState<SecretPersistence | null>(null);
  useEffect(() => {
    void platform.shell.settings().then(setSettings);
    void platform.secrets.persistence().then(setPersistence);
  }, []);
  const desktop = platform.kind === 'electron';

  const toggle = async (on: boolean) => {
    setSettings(await platform.shell.updateSettings({ deadlineNotifications: on }));
  };
  const openLogs = async () => {
    if (!(await platform.shell.openLogsFolder())) toast('error', t('desktop.settings.logsFailed'));
  };

  return (
    <Card title={t('desktop.settings.title')}>
      <label className="checkbox-row">
        <input
          name="desktop-setting"
          type="checkbox"
          checked={settings?.deadlineNotifications ?? false}
          disabled={!settings}
          onChange={(e) => void toggle(e.target.checked)}
        />
        <span>{t('desktop.settings.notifications')}</span>
      </label>
      {!desktop && <p className="small muted">{t('desktop.settings.notificationsBrowser')}</p>}
      {persistence && <p className="small">{t(tokenText(persistence))}</p>}
      <p className="small muted">
        {desktop ? t('desktop.settings.logs') : t('desktop.settings.logsBrowser')}
      </p>
      {desktop && (
        <div className="button-row">
          <button type="button" onClick={() => void openLogs()}>
            {t('desktop.settings.openLogs')}
          </button>
        </div>
      )}
    </Card>
  );
}
