export * from './claim-status';
export * from './check-claim';
export * from './status-totals';
export * from './unclaimed';
