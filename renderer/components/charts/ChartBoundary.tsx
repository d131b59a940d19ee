import { Component, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '../../offline/use-online';

/**
 * The chart's drawing code loads on demand; offline on a first visit it may not arrive. The card
 * then says so (its figures stay in the text table), never "reload", and draws itself when the
 * connection is back — instead of taking the whole screen down.
 */
function ChartNotLoaded({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const online = useOnline();
  useEffect(() => {
    if (!online) {
      const retry = () => onRetry();
      window.addEventListener('online', retry, { once: true });
      return () => window.removeEventListener('online', retry);
    }
    return undefined;
  }, [online, onRetry]);
  return online ? (
    <p className="chart-loading muted small">
      {t('charts.notLoaded')}{' '}
      <button type="button" onClick={onRetry}>
        {t('offline.tryAgain')}
      </button>
    </p>
  ) : (
    <p className="chart-loading muted small">{t('charts.offline')}</p>
  );
}

interface Props {
  readonly children: ReactNode;
  /** Called before trying again: the caller makes a fresh lazy component (React.lazy keeps a failure). */
  readonly onRetry: () => void;
}

export class ChartBoundary extends Component<Props, { readonly failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  private retry = (): void => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    return this.state.failed ? <ChartNotLoaded onRetry={this.retry} /> : this.props.children;
  }
}
