// The Actorscope API as a Fastify app with no listen (tests use inject; server.ts listens).
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import multipart from '@fastify/multipart';
import type { Driver } from 'neo4j-driver';
import type { ServerConfig } from './config';
import neo4jPlugin from './plugins/external/neo4j';
import security from './plugins/external/security';
import swagger from './plugins/external/swagger';
import webStatic from './plugins/external/web-static';
import auth from './plugins/app/auth';
import errorHandler from './plugins/app/error-handler';
import repositories from './plugins/app/repositories';
import { apiRoutes } from './routes';

export interface BuildAppOptions {
  driver: Driver;
  config: ServerConfig;
  logger?: boolean | object;
}

export const MAX_BODY_BYTES = 5 * 1024 * 1024;

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: MAX_BODY_BYTES,
    ajv: { customOptions: { coerceTypes: 'array', removeAdditional: false, useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(errorHandler, { config });
  await app.register(neo4jPlugin, { driver: options.driver });
  await app.register(security, { config });
  await app.register(swagger);
  await app.register(multipart, { attachFieldsToBody: 'keyValues', limits: { fileSize: MAX_BODY_BYTES, files: 1 }, onFile: async (part) => {
    // A file part becomes its UTF-8 text, so the body schema validates it like a JSON field.
    (part as unknown as { value: string }).value = (await part.toBuffer()).toString('utf8');
  } });
  await app.register(auth, { config });
  await app.register(repositories, { config });
  await app.register(apiRoutes, { prefix: '/api' });
  await app.register(webStatic, { config });
  return app as unknown as FastifyInstance;
}
