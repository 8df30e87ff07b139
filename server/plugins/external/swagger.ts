// OpenAPI document generated from the route schemas, served with Swagger UI at /docs.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fp from 'fastify-plugin';

export default fp(
  async (fastify) => {
    await fastify.register(swagger, {
      openapi: {
        info: { title: 'Actorscope API', version: '0.1.0', description: 'Actors, typed relations and their evidence, from news reporting.' },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      },
    });
    await fastify.register(swaggerUi, {
      routePrefix: '/docs',
      staticCSP: true,
      // Plain HTTP on 127.0.0.1 / LAN: don't ask browsers to upgrade the UI's assets to https. Swagger
      // UI injects <style> elements whose hashes the plugin's policy does not list (and a listed hash
      // turns 'unsafe-inline' off): styles get the app's own policy, inline allowed; scripts keep the
      // plugin's hashes.
      transformStaticCSP: (header) => header
        .replace(/\s*upgrade-insecure-requests;?/, '')
        .replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'"),
    });
  },
  { name: 'swagger' },
);
