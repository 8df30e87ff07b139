// Every route the app really serves (from Fastify's own route tree, so a route added later cannot
// escape the tests), and the OpenAPI operation of each /api route (its parameters and body schema).
import type { FastifyInstance } from 'fastify';

export interface RouteInfo {
  method: string;
  url: string;
}

/** Parses `app.printRoutes({ commonPrefix: false })`: a tree of path segments with their methods. */
export function servedRoutes(app: FastifyInstance): RouteInfo[] {
  const stack: string[] = [];
  const routes: RouteInfo[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^([\s│]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    stack.length = depth;
    stack.push(match[2] ?? '');
    const url = stack.join('').replace(/\/+/g, '/');
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim()).filter(Boolean)) routes.push({ method, url });
  }
  return routes;
}

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema: JsonSchema;
}
export interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  anyOf?: JsonSchema[];
  items?: JsonSchema;
}
export interface Operation {
  method: string;
  /** Fastify form: /api/actors/:id */
  url: string;
  parameters: OpenApiParameter[];
  body?: JsonSchema;
}

export function apiOperations(app: FastifyInstance): Operation[] {
  const spec = (app as unknown as { swagger(): { paths: Record<string, Record<string, { parameters?: OpenApiParameter[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>> } }).swagger();
  const ops: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      ops.push({
        method: method.toUpperCase(),
        url: path.replace(/\{(\w+)\}/g, ':$1'),
        parameters: op.parameters ?? [],
        body: op.requestBody?.content['application/json']?.schema,
      });
    }
  }
  return ops;
}
