export * from './steps';
export * from './spiff';
export * from './elevate';
export * from './loyalty';
export * from './leap';
export * from './deal-stack';
export * from './pdp';
export * from './target-price';
