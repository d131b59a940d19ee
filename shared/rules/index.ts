export * from './schemas';
export * from './defaults';
export * from './pick';
export * from './validate';
