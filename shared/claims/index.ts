export * from './claim-status';
export * from './check-claim';
