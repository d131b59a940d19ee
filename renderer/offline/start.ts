import i18next from 'i18next';
import { useUi } from '../state/ui-store';
import { serviceWorkerDecision } from './service-worker-host';
import { useAppUpdate } from './update-store';

/**
 * Offline support, where the host allows it. The registration code (and Workbox's window
 * library) load on demand, so the first screen's JavaScript stays as small as before.
 */
export function startOfflineSupport(): void {
  const decision = serviceWorkerDecision({
    protocol: window.location.protocol,
    secureContext: window.isSecureContext,
    serviceWorkerApi: 'serviceWorker' in navigator,
    desktop: window.partnerRewardsDesktop !== undefined,
    production: import.meta.env.PROD,
  });
  if (!decision.register) return;
  import('./register-service-worker')
    .then(({ registerServiceWorker }) =>
      registerServiceWorker({
        offlineReady: () => useUi.getState().toast('success', i18next.t('offline.ready')),
        updateWaiting: (apply) => useAppUpdate.getState().offer(apply),
        updatedElsewhere: () => useAppUpdate.getState().updatedElsewhere(),
      }),
    )
    .catch((error: unknown) => console.warn('Offline support is unavailable:', error));
}
