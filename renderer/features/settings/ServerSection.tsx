import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { db } from '../../data/db';
import { readAccount } from '../../sync/account';
import { signInAndSync, signOut, type SignInOutcome } from '../../sync/controller';
import { useSyncStatus } from '../../sync/status';
import { testConnection, validateServerUrl } from './server';

/** Server address (validated, kept in syncState), "Test connection" and sign-in: real outcomes. */
export function ServerSection() {
  const { t } = useTranslation();
  const stored = useLiveQuery(() => db.syncState.get('serverUrl'), []);
  const account = useLiveQuery(() => readAccount(db), []);
  // Signed in with a live session, the form would only invite a second sign-in over the first;
  // it is offered before the first sign-in and again once the session has ended.
  const sessionEnded = useSyncStatus().state === 'signed-out';
  const storedUrl = typeof stored?.value === 'string' ? stored.value : '';
  const [text, setText] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error' | 'info'; text: string } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const value = text ?? storedUrl;

  const describe = (outcome: SignInOutcome, action: 'test' | 'signIn') => {
    switch (outcome.kind) {
      case 'notPartnerUser':
        return { kind: 'error' as const, text: t('settings.server.notPartnerUser') };
      case 'ok':
        return { kind: 'ok' as const, text: t(`settings.server.${action}Ok`) };
      case 'http':
        return {
          kind: 'error' as const,
          text: t(`settings.server.${action}Http`, { status: outcome.status }),
        };
      case 'timeout':
        return { kind: 'error' as const, text: t('settings.server.timeout') };
      case 'badResponse':
        return { kind: 'error' as const, text: t('settings.server.badResponse') };
      default:
        return { kind: 'error' as const, text: t('settings.server.unreachable') };
    }
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const check = validateServerUrl(value);
    if (!check.ok) {
      setMessage({ kind: 'error', text: t(`settings.server.errors.${check.error}`) });
      return;
    }
    await db.syncState.put({ key: 'serverUrl', value: check.url });
    setText(null);
    setMessage({ kind: 'ok', text: t('settings.server.saved', { url: check.url }) });
  };

  const forget = async () => {
    await db.syncState.delete('serverUrl');
    setText(null);
    setMessage({ kind: 'info', text: t('settings.server.forgotten') });
  };

  const test = async () => {
    setBusy(true);
    setMessage({ kind: 'info', text: t('settings.server.testing') });
    setMessage(describe(await testConnection(storedUrl), 'test'));
    setBusy(false);
  };

  const login = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setMessage({ kind: 'info', text: t('settings.server.signingIn') });
    const outcome = await signInAndSync(storedUrl, { username, password });
    setPassword('');
    // On success the app has moved to the user's database and this screen remounts: the
    // account line below says who is signed in. Only a failure needs words here.
    setMessage(describe(outcome, 'signIn'));
    setBusy(false);
  };

  const leave = async () => {
    setBusy(true);
    await signOut();
  };

  return (
    <Card title={t('settings.server.title')}>
      <p className="small muted">{t('settings.server.intro')}</p>
      <form onSubmit={(e) => void save(e)} noValidate>
        <div className="form-row">
          <label className="field grow">
            <span>{t('settings.server.address')}</span>
            <input
              type="url"
              inputMode="url"
              value={value}
              placeholder="https://"
              onChange={(e) => setText(e.target.value)}
            />
          </label>
        </div>
        <div className="button-row">
          <button type="submit" className="primary">
            {t('settings.server.save')}
          </button>
          <button type="button" onClick={() => void test()} disabled={!storedUrl || busy}>
            {t('settings.server.test')}
          </button>
          {storedUrl && (
            <button type="button" onClick={() => void forget()}>
              {t('settings.server.forget')}
            </button>
          )}
        </div>
      </form>
      {account && (
        <div className="signed-in" data-testid="signed-in">
          <p>{t('settings.server.signedInAs', { name: account.name, url: account.serverUrl })}</p>
          <button type="button" onClick={() => void leave()} disabled={busy}>
            {t('settings.server.signOut')}
          </button>
        </div>
      )}
      {storedUrl && (!account || sessionEnded) && (
        <form className="sign-in" onSubmit={(e) => void login(e)}>
          <h3>{t(account ? 'settings.server.signInAgainTitle' : 'settings.server.signInTitle')}</h3>
          <div className="form-row">
            <label className="field">
              <span>{t('settings.server.username')}</span>
              <input
                autoComplete="username"
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                required
              />
            </label>
            <label className="field">
              <span>{t('settings.server.password')}</span>
              <input
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
              />
            </label>
          </div>
          <button type="submit" disabled={busy}>
            {t('settings.server.signIn')}
          </button>
        </form>
      )}
      {message && (
        <p
          className={`banner banner-${message.kind === 'ok' ? 'info' : message.kind === 'error' ? 'error' : 'info'}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      )}
    </Card>
  );
}
