// Security headers (helmet), CORS (off unless CORS_ORIGIN is set) and per-IP rate limiting.
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import type { ServerConfig } from '../../config';
import { ApiError } from '../../errors';

export default fp<{ config: ServerConfig }>(
  async (fastify, { config }) => {
    await fastify.register(helmet, {
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          // Cytoscape and the Swagger UI set inline styles; graph exports use blob: URLs.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Served over plain HTTP on 127.0.0.1 or a LAN address: upgrading subresources to https would break them.
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    });
    if (config.corsOrigins.length > 0) {
      await fastify.register(cors, {
        origin: config.corsOrigins.includes('*') ? true : config.corsOrigins,
        methods: ['GET', 'HEAD', 'POST', 'PUT', 'DELETE'],
        allowedHeaders: ['Authorization', 'Content-Type'],
      });
    }
    await fastify.register(rateLimit, {
      max: config.rateLimitMax,
      timeWindow: '1 minute',
      errorResponseBuilder: (_request, context) => {
        const error = new ApiError(429, 'rate_limited', `Rate limit of ${context.max} requests per minute exceeded; retry in ${context.after}.`);
        return error;
      },
    });
  },
  { name: 'security' },
);
