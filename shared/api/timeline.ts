// Timeline, stats and health.
import { type Static, Type } from 'typebox';
import { ActorTypeSchema, Nullable } from '../contract';
import { GraphFilterProperties, TIME_AXES } from './filters';
import { CsvList, Query } from './query';

export const TimelineQuerySchema = Query({
  ...GraphFilterProperties,
  actors: CsvList('One actor id (all its claims) or two (the dyad, both directions).'),
});
export type TimelineQuery = Static<typeof TimelineQuerySchema>;

export const TimelineYearSchema = Type.Object({
  year: Type.Integer(),
  total: Type.Integer(),
  byType: Type.Record(Type.String(), Type.Integer()),
  /** Sum of the weights of the non-negated claims of that year. */
  net: Type.Number(),
  cooperation: Type.Number(),
  conflict: Type.Number(),
  negated: Type.Integer(),
});
export type TimelineYear = Static<typeof TimelineYearSchema>;

export const TimelineResponseSchema = Type.Object({
  actors: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), type: ActorTypeSchema })),
  timeAxis: Type.Enum([...TIME_AXES]),
  years: Type.Array(TimelineYearSchema),
  /** Claims without a year on the chosen axis. */
  undated: Type.Integer(),
});
export type TimelineResponse = Static<typeof TimelineResponseSchema>;

/** Source documents listed by /api/stats unless `sourceLimit` says otherwise (the busiest first). */
export const STATS_SOURCE_LIMIT = 200;

export const StatsQuerySchema = Query({
  includeRejected: Type.Optional(Type.Boolean({ default: false, description: 'Count claims an analyst rejected too.' })),
  sourceLimit: Type.Optional(Type.Integer({
    minimum: 0, maximum: 100_000, default: STATS_SOURCE_LIMIT,
    description: 'How many source documents `bySource` lists, those with the most claims first (a million-claim corpus has ~100k documents).',
  })),
});

const Bucket = Type.Object({ key: Type.String(), count: Type.Integer() });
export const StatsResponseSchema = Type.Object({
  totals: Type.Object({
    actors: Type.Integer(), claims: Type.Integer(), documents: Type.Integer(), publishers: Type.Integer(),
    /** Documents with at least one counted claim: what `bySource` lists the first `sourceLimit` of. */
    sources: Type.Integer(),
  }),
  byYear: Type.Array(Type.Object({ year: Type.Integer(), count: Type.Integer() })),
  byReportedYear: Type.Array(Type.Object({ year: Type.Integer(), count: Type.Integer() })),
  byType: Type.Array(Bucket),
  /** The `sourceLimit` documents with the most claims (ties by id); `totals.sources` counts them all. */
  bySource: Type.Array(Type.Object({ key: Type.String(), title: Nullable(Type.String()), publisher: Nullable(Type.String()), count: Type.Integer() })),
  byPublisher: Type.Array(Bucket),
  /** Actors of each type that take part in at least one claim (not claims: no count exceeds the actors). */
  byActorType: Type.Array(Bucket),
  byModality: Type.Array(Bucket),
  /** Claims without a year on each time axis: a year range leaves them out unless `includeUndated=true`. */
  undated: Type.Object({ event: Type.Integer(), reported: Type.Integer() }),
});
export type StatsResponse = Static<typeof StatsResponseSchema>;

export const HealthResponseSchema = Type.Object({
  status: Type.Enum(['ok']),
  neo4j: Type.String(),
  actors: Type.Integer(),
  claims: Type.Integer(),
  documents: Type.Integer(),
});
export type HealthResponse = Static<typeof HealthResponseSchema>;
