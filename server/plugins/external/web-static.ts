// Serves the built web app (WEB_DIST) when it exists, with SPA fallback to index.html for non-/api paths.
import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import type { ServerConfig } from '../../config';
import { ApiError } from '../../errors';

export default fp<{ config: ServerConfig }>(
  async (fastify, { config }) => {
    const hasWeb = fs.existsSync(path.join(config.webDist, 'index.html'));
    if (hasWeb) await fastify.register(fastifyStatic, { root: config.webDist, wildcard: false, index: ['index.html'] });
    fastify.setNotFoundHandler((request, reply) => {
      const url = request.url.split('?')[0] ?? '';
      const isApi = url === '/api' || url.startsWith('/api/') || url.startsWith('/docs');
      if (hasWeb && !isApi && (request.method === 'GET' || request.method === 'HEAD')) {
        return reply.type('text/html').sendFile('index.html');
      }
      throw new ApiError(404, 'not_found', `No route ${request.method} ${url}.`);
    });
  },
  { name: 'web-static' },
);
