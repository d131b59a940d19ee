export * from './nominations';
