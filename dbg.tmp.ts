import { benchApp } from './test/bench/app.bench';
await benchApp(20_000);
