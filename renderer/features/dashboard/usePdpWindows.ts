import { useLiveQuery } from 'dexie-react-hooks';
import { addDays, quarterKey, quarterOf, type IsoDate } from '../../../shared/index';
import { db } from '../../data/db';
import { pdpWindows, type Deadline } from './deadlines';

/**
 * Open demo-unit request windows: purchases of the last `windowDays` days, read through the
 * [quarter+date] index (a bounded range, never the whole invoice table).
 */
export function usePdpWindows(
  partnerId: string | undefined,
  today: IsoDate,
  windowDays: number,
): Deadline[] | undefined {
  return useLiveQuery(async () => {
    if (!partnerId) return undefined;
    const from = addDays(today, -windowDays);
    const quarters = [...new Set([from, today].map((d) => quarterKey(quarterOf(d))))];
    const rows = (
      await Promise.all(
        quarters.map((q) =>
          db.invoiceLines
            .where('[quarter+date]')
            .between([q, from], [q, today], true, true)
            .toArray(),
        ),
      )
    ).flat();
    const windows = pdpWindows(
      rows.filter((r) => r.partnerId === partnerId),
      today,
      windowDays,
    );
    // The dashboard's last read (the bench waits for it before the next start is measured).
    performance.mark('pr:dashboard-pdp');
    return windows;
  }, [partnerId, today, windowDays]);
}
