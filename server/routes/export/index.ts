import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ExportQuerySchema } from '../../../shared/api';
import { expandGraph } from '../../../shared/graph-compact';
import { toCsv } from '../../presenters/export/csv';
import { toGexf } from '../../presenters/export/gexf';
import { toGraphml } from '../../presenters/export/graphml';
import { parseGraphFilters } from '../../queries/graph-filters';

const FORMATS = {
  json: { type: 'application/json; charset=utf-8', ext: 'json', render: (g: unknown) => JSON.stringify(g, null, 2) },
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml', render: toGraphml },
  gexf: { type: 'application/gexf+xml; charset=utf-8', ext: 'gexf', render: toGexf },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv', render: toCsv },
} as const;

const routes: FastifyPluginAsyncTypebox = async (fastify) => {
  fastify.get('/export', {
    schema: {
      tags: ['graph'], summary: 'The filtered graph as JSON, GraphML, GEXF (dynamic, with yearly spells for Gephi’s timeline) or CSV',
      querystring: ExportQuerySchema,
    },
  }, async (request, reply) => {
    const { format = 'json', ...rest } = request.query;
    const graph = expandGraph(await fastify.repos.graph.graph({ ...parseGraphFilters(rest, { limit: 20000 }), documentIds: true }));
    const f = FORMATS[format];
    return reply
      .type(f.type)
      .header('content-disposition', `attachment; filename="actorscope-graph.${f.ext}"`)
      .send(f.render(graph as never));
  });
};
export default routes;
