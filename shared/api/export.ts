// Export formats.
import { type Static, Type } from 'typebox';
import { GraphQuerySchema } from './filters';
import { Query } from './query';

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportQuerySchema = Query({
  ...GraphQuerySchema.properties,
  format: Type.Optional(Type.Enum([...EXPORT_FORMATS], { default: 'json' })),
});
export type ExportQuery = Static<typeof ExportQuerySchema>;
