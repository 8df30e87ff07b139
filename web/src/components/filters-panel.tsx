// The filter sidebar: time axis and year range, relation types, actor types, sources, evidence rules
// and node sizing. Every control writes the URL view state; the graph updates in place.
import type { DocumentSummary, StatsResponse } from '../../../shared/api';
import { RELATION_TYPE_INFO } from '../../../shared/vocabulary';
import { yearBounds } from '../graph/map-elements';
import { ACTOR_TYPE_STYLES } from '../graph/palette';
import type { ViewUpdate } from '../state/use-url-view';
import { ALL_ACTOR_TYPES, ALL_MODALITIES, ALL_RELATION_TYPES, isShown, toggleFilter, toggleIn, type ViewState } from '../state/view-state';
import { YearRange } from './year-range';

export interface FiltersPanelProps {
  view: ViewState;
  update: (change: ViewUpdate, options?: { push?: boolean }) => void;
  stats: StatsResponse | null;
  /** For naming untitled sources by their date. */
  documents?: DocumentSummary[];
}

export function FiltersPanel({ view, update, stats, documents = [] }: FiltersPanelProps) {
  const docs = new Map(documents.map((d) => [d.id, d]));
  const histogram = stats ? (view.timeAxis === 'event' ? stats.byYear : stats.byReportedYear) : [];
  const bounds = yearBounds(histogram);
  const typeCounts = new Map(stats?.byType.map((b) => [b.key, b.count]) ?? []);
  const actorTypeCounts = new Map(stats?.byActorType.map((b) => [b.key, b.count]) ?? []);
  const modalityCounts = new Map(stats?.byModality.map((b) => [b.key, b.count]) ?? []);
  const push = { push: true };
  return (
    <aside className="filters" aria-label="Filters" data-testid="filters">
      <section>
        <h2>Time</h2>
        <div className="segmented" role="radiogroup" aria-label="Time axis">
          {(['event', 'reported'] as const).map((axis) => (
            <label key={axis} className={view.timeAxis === axis ? 'on' : ''}>
              <input type="radio" name="axis" checked={view.timeAxis === axis} onChange={() => update({ timeAxis: axis }, push)} />
              {axis === 'event' ? 'When it happened' : 'When reported'}
            </label>
          ))}
        </div>
        {bounds ? (
          <YearRange
            histogram={histogram}
            min={bounds.min}
            max={bounds.max}
            from={Math.max(view.yearFrom ?? bounds.min, bounds.min)}
            to={Math.min(view.yearTo ?? bounds.max, bounds.max)}
            frame={view.frame}
            onChange={(from, to) => update({ yearFrom: from === bounds.min ? null : from, yearTo: to === bounds.max ? null : to, frame: null })}
          />
        ) : (
          <p className="muted">{stats ? 'No dated claims yet.' : 'Loading years…'}</p>
        )}
        {stats && <UndatedClaims count={view.timeAxis === 'event' ? stats.undated.event : stats.undated.reported} view={view} update={update} />}
      </section>

      <section>
        <h2>Relations <span className="h2-note" title="Claims of each type in the whole database, all years">claims</span></h2>
        <ul className="checks">
          {ALL_RELATION_TYPES.map((type) => {
            const info = RELATION_TYPE_INFO[type];
            return (
              <li key={type}>
                <label>
                  <input type="checkbox" checked={isShown(view.types, type)} data-testid={`type-${type}`}
                    onChange={() => update({ types: toggleFilter(view.types, type, ALL_RELATION_TYPES) }, push)} />
                  <span className="swatch line" style={{ background: info.color }} />
                  {info.label}
                  <span className="count">{typeCounts.get(type) ?? 0}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </section>

      <section>
        <h2>Actors <span className="h2-note" title="Actors of each type that take part in at least one claim, whole database">actors</span></h2>
        <ul className="checks">
          {ACTOR_TYPE_STYLES.map((style) => (
            <li key={style.type}>
              <label>
                <input type="checkbox" checked={isShown(view.actorTypes, style.type)}
                  onChange={() => update({ actorTypes: toggleFilter(view.actorTypes, style.type, ALL_ACTOR_TYPES) }, push)} />
                <span className="swatch" style={{ background: style.color }} />
                {style.label}
                <span className="count">{actorTypeCounts.get(style.type) ?? 0}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>Sources <span className="h2-note" title="Claims extracted from each document or publisher">claims</span>{view.sources.length > 0 && <button type="button" className="link" onClick={() => update({ sources: [] }, push)}>all</button>}</h2>
        <p className="hint">None ticked: every source.{stats && stats.bySource.length < stats.totals.sources && (
          <> Listed: the {stats.bySource.length} documents with the most claims, of {stats.totals.sources.toLocaleString('en-US')}.</>
        )}</p>
        <ul className="checks sources" data-testid="sources">
          {stats && unlistedSources(view.sources, stats).map((key) => (
            <li key={`unlisted:${key}`}>
              <label title={key}>
                <input type="checkbox" checked onChange={() => update({ sources: toggleIn(view.sources, key, sourceOrder(stats, view.sources)) }, push)} />
                <span className="ellipsis">{sourceLabel({ key, title: null, publisher: null }, docs.get(key))}</span>
              </label>
            </li>
          ))}
          {stats?.bySource.map((s) => (
            <li key={s.key}>
              <label title={s.key}>
                <input type="checkbox" checked={view.sources.includes(s.key)} data-testid={`source-${s.key}`}
                  onChange={() => update({ sources: toggleIn(view.sources, s.key, sourceOrder(stats, view.sources)) }, push)} />
                <span className="ellipsis">{sourceLabel(s, docs.get(s.key))}</span>
                <span className="count">{s.count}</span>
              </label>
            </li>
          ))}
          {stats?.byPublisher.map((p) => (
            <li key={`pub:${p.key}`}>
              <label>
                <input type="checkbox" checked={view.sources.includes(p.key)}
                  onChange={() => update({ sources: toggleIn(view.sources, p.key, sourceOrder(stats, view.sources)) }, push)} />
                <span className="ellipsis">Publisher: {p.key}</span>
                <span className="count">{p.count}</span>
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2>Evidence</h2>
        <label className="row">
          <input type="checkbox" checked={view.includeNegated} data-testid="include-negated" onChange={(e) => update({ includeNegated: e.target.checked }, push)} />
          Include negated claims <span className="legend-line dashed" aria-hidden="true" />
        </label>
        <ul className="checks">
          {ALL_MODALITIES.map((m) => (
            <li key={m}>
              <label>
                <input type="checkbox" checked={isShown(view.modality, m)} onChange={() => update({ modality: toggleFilter(view.modality, m, ALL_MODALITIES) }, push)} />
                {m}
                {(m === 'proposed' || m === 'speculative') && <span className="legend-line dotted" aria-hidden="true" />}
                <span className="count">{modalityCounts.get(m) ?? 0}</span>
              </label>
            </li>
          ))}
        </ul>
        <label className="row" title="Documents that assert the relation; a document that denies it never counts as support.">
          At least
          <input type="number" min={1} max={50} value={view.minSources} className="small" data-testid="min-sources"
            onChange={(e) => update({ minSources: Math.max(1, Math.min(50, Number(e.target.value) || 1)) })} />
          asserting document{view.minSources === 1 ? '' : 's'}
        </label>
      </section>

      <section>
        <h2>Display</h2>
        <label className="row">
          Size actors by
          <select value={view.sizeBy} onChange={(e) => update({ sizeBy: e.target.value as ViewState['sizeBy'] })}>
            <option value="degree">degree</option>
            <option value="centrality">centrality (PageRank)</option>
          </select>
        </label>
      </section>
    </aside>
  );
}

/** How many claims have no year on this axis, and a switch to keep them in a year range and every player frame. */
function UndatedClaims({ count, view, update }: { count: number; view: ViewState; update: FiltersPanelProps['update'] }) {
  if (count === 0) return null;
  const ranged = view.yearFrom !== null || view.yearTo !== null || view.frame !== null;
  return (
    <label className="row undated" data-testid="undated" title="A year range and the player's frames leave out claims without a year unless this is ticked">
      <input type="checkbox" checked={view.includeUndated} data-testid="include-undated" onChange={(e) => update({ includeUndated: e.target.checked }, { push: true })} />
      <span>
        <b data-testid="undated-count">{count}</b> claim{count === 1 ? ' has' : 's have'} no {view.timeAxis === 'event' ? 'event year' : 'publication date'}:
        include {count === 1 ? 'it' : 'them'} in year ranges{ranged ? '' : ' (shown now: no range is set)'}
      </span>
    </label>
  );
}

/** Title and publisher; untitled documents by their date, then their id. */
export function sourceLabel(s: { key: string; title: string | null; publisher: string | null }, doc?: DocumentSummary): string {
  const name = s.title ?? (doc?.published ? `Untitled, ${doc.published}` : s.key);
  return s.publisher ? `${name} · ${s.publisher}` : name;
}

/** Ticked sources the stats do not list (beyond their busiest documents): shown first, so they can be unticked. */
export function unlistedSources(selected: readonly string[], stats: StatsResponse): string[] {
  const listed = new Set([...stats.bySource.map((s) => s.key), ...stats.byPublisher.map((p) => p.key)]);
  return selected.filter((key) => !listed.has(key));
}

/** Every source the panel shows, in its order; toggling keeps only these, so ticked unlisted ones stay. */
function sourceOrder(stats: StatsResponse, selected: readonly string[]): string[] {
  return [...unlistedSources(selected, stats), ...stats.bySource.map((s) => s.key), ...stats.byPublisher.map((p) => p.key)];
}
