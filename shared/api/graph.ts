// Graph response (Cytoscape elements).
import { type Static, Type } from 'typebox';
import { ActorTypeSchema, ModalitySchema, RelationTypeSchema } from '../contract';
import { TIME_AXES } from './filters';

export const GraphNodeSchema = Type.Object({
  data: Type.Object({
    id: Type.String(),
    label: Type.String(),
    type: ActorTypeSchema,
    /** Number of edges of this node in the returned graph. */
    degree: Type.Integer(),
    /** Number of claims touching this node in the returned graph. */
    claims: Type.Integer(),
    discovered: Type.Boolean(),
    aliases: Type.Array(Type.String()),
    /** True for the actors named in the `actors` filter. */
    focus: Type.Boolean(),
  }),
});
export type GraphNode = Static<typeof GraphNodeSchema>;

export const GraphEdgeSchema = Type.Object({
  data: Type.Object({
    /** `${source}|${type}|${target}` */
    id: Type.String(),
    source: Type.String(),
    target: Type.String(),
    type: RelationTypeSchema,
    /** Number of claims aggregated in this edge. */
    count: Type.Integer(),
    /** Distinct years (sorted; claims with no year are left out). */
    years: Type.Array(Type.Integer()),
    /** Number of distinct documents of the claims aggregated in this edge (denials too with includeNegated). */
    documentCount: Type.Integer(),
    /** Distinct document ids (sorted), when asked for with `documentIds=true`; /api/claims has the evidence. */
    documents: Type.Optional(Type.Array(Type.String())),
    publishers: Type.Array(Type.String()),
    /** Sum of claim weights (negated claims count 0). */
    weight: Type.Number(),
    /** Claims that deny the relation ("X did not support Y") and claims that assert it, whatever includeNegated says. */
    negatedCount: Type.Integer(),
    assertedCount: Type.Integer(),
    // The three document counts below are in every /api/graph, /api/paths and /api/export answer; they
    // are optional in the type only for edges built elsewhere (saved-query results, synthetic graphs).
    /** Distinct documents asserting the relation: its corroboration, what `minSources` counts. */
    assertedDocumentCount: Type.Optional(Type.Integer()),
    /** Distinct publishers of those documents, shown beside them (one wire copied by many papers is one publisher). */
    assertedPublisherCount: Type.Optional(Type.Integer()),
    /** Distinct documents denying the relation; they never count as support. */
    negatedDocumentCount: Type.Optional(Type.Integer()),
    /** One document asserts what another document negates. */
    contested: Type.Boolean(),
    modalities: Type.Array(ModalitySchema),
  }),
});
export type GraphEdge = Static<typeof GraphEdgeSchema>;

export const GraphMetaSchema = Type.Object({
  truncated: Type.Boolean(),
  /** Totals before truncation by `limit`. */
  totalNodes: Type.Integer(),
  totalEdges: Type.Integer(),
  totalClaims: Type.Integer(),
  returnedNodes: Type.Integer(),
  returnedEdges: Type.Integer(),
  limit: Type.Integer(),
  timeAxis: Type.Enum([...TIME_AXES]),
  /** Focus actors that were asked for but do not exist (the API answers 404 for them, so always empty there). */
  missingActors: Type.Array(Type.String()),
});
export type GraphMeta = Static<typeof GraphMetaSchema>;

export const GraphResponseSchema = Type.Object({
  nodes: Type.Array(GraphNodeSchema),
  edges: Type.Array(GraphEdgeSchema),
  meta: GraphMetaSchema,
});
export type GraphResponse = Static<typeof GraphResponseSchema>;
