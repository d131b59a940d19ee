import { Component, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../offline/use-online';
import { dismissBootPaint } from '../boot/paint';
import { retryScreen, ScreenLoadError, screenOf, type Route } from './routes';

function ScreenFailed({ error }: { error: Error }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner-warning" role="alert">
      {t('app.screenFailed', { message: error.message })}{' '}
      <button type="button" onClick={() => window.location.reload()}>
        {t('app.reload')}
      </button>
    </div>
  );
}

/**
 * A screen's files could not be fetched. Offline, reloading cannot help (and would lose the
 * page): say so and wait for the connection, which retries by itself.
 */
function ScreenNotLoaded({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  const online = useOnline();
  if (!online)
    return (
      <div className="banner banner-info screen-offline" role="status">
        {t('offline.screenOffline')}
      </div>
    );
  return (
    <div className="banner banner-warning" role="alert">
      {t('offline.screenNotLoaded')}{' '}
      <button type="button" onClick={onRetry}>
        {t('offline.tryAgain')}
      </button>
      {/* The browser's own words, for whoever looks into it; not translated. */}
      <small className="error-detail">{error.message}</small>
    </div>
  );
}

function RouteScreen({ route }: { route: Route }) {
  const Screen = screenOf(route);
  return <Screen />;
}

interface Props {
  readonly route: Route;
  readonly fallback: ReactNode;
}

/**
 * A screen that throws (or whose code cannot be loaded) says so in place of a blank window; the
 * header and navigation stay usable. Keyed by route, so moving to another screen clears it.
 * A screen whose files failed to load is fetched again when the connection comes back.
 */
export class ScreenErrorBoundary extends Component<Props, { readonly error: Error | null }> {
  override state: { readonly error: Error | null } = { error: null };

  constructor(props: Props) {
    super(props);
    // Opening the screen anew is a deliberate retry of an earlier failed load.
    retryScreen(props.route);
  }

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  // The failure must be seen, not covered by the start-up paint (renderer/boot/).
  override componentDidCatch(): void {
    dismissBootPaint();
  }

  private readonly retry = (): void => {
    retryScreen(this.props.route);
    this.setState({ error: null });
  };

  override componentDidMount(): void {
    window.addEventListener('online', this.onOnline);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('online', this.onOnline);
  }

  private readonly onOnline = (): void => {
    if (this.state.error instanceof ScreenLoadError) this.retry();
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error instanceof ScreenLoadError)
      return <ScreenNotLoaded error={error} onRetry={this.retry} />;
    if (error) return <ScreenFailed error={error} />;
    return (
      <Suspense fallback={this.props.fallback}>
        <RouteScreen route={this.props.route} />
      </Suspense>
    );
  }
}
