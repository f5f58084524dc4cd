// The worker thread's entry: Veille runs its TypeScript through tsx, which a new thread does not
// inherit, so the thread registers it before loading the worker proper.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
