export * from './claim-status';
export * from './check-claim';
export * from './unclaimed';
