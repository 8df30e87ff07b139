// Starts a TypeScript module as a worker thread. Node 20 will not start a worker from a .ts file even
// under --import tsx, so a tiny JS bootstrap registers tsx inside the worker and imports the module.
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startTsWorker(moduleUrl: URL, options: Omit<WorkerOptions, 'eval'> = {}): Worker {
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(moduleUrl.href)}); })`;
  return new Worker(bootstrap, { ...options, eval: true });
}
