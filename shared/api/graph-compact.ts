// The graph answer in compact form (GET /api/graph/compact, what the explorer requests): every actor
// id once, edges as parallel columns that name their ends by position, and nothing a client can
// derive (edge ids, node degrees and claim totals). A 2,000-edge answer is about a quarter of the
// bytes of the Cytoscape form, and the server serializes and compresses it in a fraction of the time.
// shared/graph-compact.ts converts between the two forms without loss.
import { type Static, Type } from 'typebox';
import { ActorTypeSchema, ModalitySchema, RelationTypeSchema } from '../contract';
import { GraphMetaSchema } from './graph';

const Column = <T extends Parameters<typeof Type.Array>[0]>(item: T) => Type.Array(item);

export const CompactGraphSchema = Type.Object({
  /** Actor ids: the nodes' first, in node order; then any edge end that has no node (none in a consistent database). */
  ids: Column(Type.String()),
  /** One entry per node, the node being ids[i]. */
  nodes: Type.Object({
    label: Column(Type.String()),
    type: Column(ActorTypeSchema),
    discovered: Column(Type.Boolean()),
    aliases: Column(Type.Array(Type.String())),
    /** Positions (in ids) of the focus actors. */
    focus: Column(Type.Integer()),
  }),
  /** One entry per edge, in the order of /api/graph's edges; source and target are positions in ids. */
  edges: Type.Object({
    source: Column(Type.Integer()),
    target: Column(Type.Integer()),
    type: Column(RelationTypeSchema),
    count: Column(Type.Integer()),
    years: Column(Type.Array(Type.Integer())),
    documentCount: Column(Type.Integer()),
    /** With `documentIds=true` only. */
    documents: Type.Optional(Column(Type.Array(Type.String()))),
    publishers: Column(Type.Array(Type.String())),
    weight: Column(Type.Number()),
    negatedCount: Column(Type.Integer()),
    assertedCount: Column(Type.Integer()),
    assertedDocumentCount: Column(Type.Integer()),
    assertedPublisherCount: Column(Type.Integer()),
    negatedDocumentCount: Column(Type.Integer()),
    contested: Column(Type.Boolean()),
    modalities: Column(Type.Array(ModalitySchema)),
  }),
  meta: GraphMetaSchema,
});
export type CompactGraph = Static<typeof CompactGraphSchema>;
