// A worker started from the TypeScript sources (tsx, vitest): loads tsx in this thread, then the entry given.
import { register } from 'tsx/esm/api';

register();
await import(process.argv[2]);
