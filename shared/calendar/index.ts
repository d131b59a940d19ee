export * from './dates';
export * from './fiscal';
