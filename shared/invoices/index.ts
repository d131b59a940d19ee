export * from './invoice-line';
