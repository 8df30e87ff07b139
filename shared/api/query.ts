// Request building blocks every route uses: query-string objects that refuse unknown parameters,
// years in the API's range, comma-separated lists, `:id` path parameters, paging.
import { type Static, type TProperties, Type } from 'typebox';
import { YEAR_MAX, YEAR_MIN } from '../year-range';

/**
 * A query-string object: unknown parameters are refused (400 naming them), so a typo never silently
 * drops a filter. Every numeric parameter has a minimum and a maximum (tests check it).
 */
export const Query = <T extends TProperties>(properties: T) => Type.Object(properties, { additionalProperties: false });
/** Routes without query parameters still refuse unknown ones. */
export const NoQuerySchema = Query({});
/** Largest `offset` of the paged lists. */
export const MAX_OFFSET = 10_000_000;
/** The paging parameters of the lists (claims, documents): up to 1,000 items from `offset`. */
export const PageQueryProperties = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
};
/** What a paged list answers besides its items: how many match, and the page it is. */
export const PageResponseProperties = {
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
};

export const Year = (description: string) => Type.Integer({ minimum: YEAR_MIN, maximum: YEAR_MAX, description });
/** Comma-separated list in the query string, e.g. `types=ATTACKED,WARNED`. */
export const CsvList = (description: string) => Type.String({ maxLength: 4000, description });

export const IdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
export type IdParams = Static<typeof IdParamsSchema>;
