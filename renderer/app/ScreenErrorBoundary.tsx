import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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
 * A screen that throws (or whose code cannot be loaded) says so in place of a blank window; the
 * header and navigation stay usable. Keyed by route, so moving to another screen clears it.
 */
export class ScreenErrorBoundary extends Component<
  { readonly children: ReactNode },
  { readonly error: Error | null }
> {
  override state: { readonly error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render(): ReactNode {
    return this.state.error ? <ScreenFailed error={this.state.error} /> : this.props.children;
  }
}
