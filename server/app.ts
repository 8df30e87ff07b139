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
import errorHandler, { frameworkErrorHandler } from './plugins/app/error-handler';
import { requireQuerySchema } from './plugins/app/query-schema';
import repositories from './plugins/app/repositories';
import { apiRoutes } from './routes';
import { MAX_BODY_BYTES, MAX_PARAM_LENGTH } from './limits';
import { decodeUploadedText } from './submitted-text';
import { CALENDAR_DATE_FORMAT, isCalendarDate } from '../shared/calendar-date';

export interface BuildAppOptions {
  driver: Driver;
  config: ServerConfig;
  logger?: boolean | object;
}

export { MAX_BODY_BYTES };

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: MAX_BODY_BYTES,
    // Ids up to 200 characters reach the routes (IdParamsSchema); longer segments: 400, past 1000: 414.
    routerOptions: { maxParamLength: MAX_PARAM_LENGTH },
    frameworkErrors: frameworkErrorHandler,
    // removeAdditional: false keeps unknown parameters for additionalProperties to refuse; verbose: errors
    // carry their schema (the allowed range in messages). strictNumbers (Ajv's default) must be off: a
    // query string "Infinity" / "1e309" is coerced to Infinity, which strictNumbers then treats as
    // "not a number" and skips minimum/maximum for. Off, every bounded number refuses it; every numeric
    // query parameter has bounds (tests/integration/server/query-validation.test.ts).
    // onCreate runs after the standard formats are added: `format: 'date'` is then checked by the
    // project's one definition of a real calendar date (shared/calendar-date.ts), as TypeBox does.
    ajv: {
      customOptions: { coerceTypes: 'array', removeAdditional: false, useDefaults: true, strictNumbers: false, verbose: true },
      onCreate: (ajv) => {
        ajv.addFormat(CALENDAR_DATE_FORMAT, isCalendarDate);
      },
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  // Before swagger and the routes: every /api route without query parameters refuses unknown ones.
  app.addHook('onRoute', requireQuerySchema);

  await app.register(errorHandler, { config });
  await app.register(neo4jPlugin, { driver: options.driver });
  await app.register(security, { config });
  await app.register(swagger);
  await app.register(multipart, { attachFieldsToBody: 'keyValues', limits: { fileSize: MAX_BODY_BYTES, files: 1 }, onFile: async (part) => {
    // A file part becomes its text (strict UTF-8, no NUL: the ingest reader's rules), so the body
    // schema then validates it like a JSON field.
    (part as unknown as { value: string }).value = decodeUploadedText(await part.toBuffer(), part.fieldname);
  } });
  await app.register(auth, { config });
  await app.register(repositories, { config });
  await app.register(apiRoutes, { prefix: '/api' });
  await app.register(webStatic, { config });
  return app as unknown as FastifyInstance;
}
