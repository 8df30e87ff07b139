// Every /api route validates its query string: a route declared without one gets the empty strict
// schema, so an unknown parameter is a 400 everywhere (routes added later included).
import type { RouteOptions } from 'fastify';
import { NoQuerySchema } from '../../../shared/api';

export function requireQuerySchema(route: RouteOptions): void {
  if (!route.url.startsWith('/api/')) return;
  route.schema ??= {};
  route.schema.querystring ??= NoQuerySchema;
}
