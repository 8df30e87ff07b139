// The one place that turns configuration into NLP server URLs: NLP_URL's servers when it is set (nothing
// is started), else the project's local server, started if needed (the first start provisions it).
import { nlpConfig } from './config';
import { start } from './local-server';

export async function ensureNlp(env: NodeJS.ProcessEnv = process.env, log: (message: string) => void = () => {}): Promise<string[]> {
  const config = nlpConfig(env);
  if (config.urls !== undefined) return config.urls;
  const server = await start(config.local, log, env);
  return [server.url];
}
