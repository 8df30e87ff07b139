// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StatsResponse } from '../../../shared/api';
import { writeToken } from '../../../web/src/api/token';
import { CypherEditor } from '../../../web/src/components/cypher-editor';
import { DocumentReader } from '../../../web/src/components/document-reader';
import { FiltersPanel } from '../../../web/src/components/filters-panel';
import { MarkedText } from '../../../web/src/components/marked-text';
import { PathsPanel } from '../../../web/src/components/paths-panel';
import { YearRange } from '../../../web/src/components/year-range';
import { useUrlView, type ViewUpdate } from '../../../web/src/state/use-url-view';
import { DEFAULT_VIEW, type ViewState } from '../../../web/src/state/view-state';

afterEach(cleanup);

const stats: StatsResponse = {
  totals: { actors: 3, claims: 6, documents: 2, publishers: 1, sources: 2 },
  byYear: [{ year: 2021, count: 4 }, { year: 2024, count: 2 }],
  byReportedYear: [{ year: 2025, count: 6 }],
  byType: [{ key: 'ATTACKED', count: 4 }],
  bySource: [{ key: 'doc-a', title: 'Doc A', publisher: 'Dawn', count: 4 }, { key: 'doc-b', title: null, publisher: null, count: 2 }],
  byPublisher: [{ key: 'Dawn', count: 4 }],
  byActorType: [{ key: 'state', count: 3 }],
  byModality: [{ key: 'asserted', count: 6 }],
  undated: { event: 2, reported: 0 },
};

/** Applies updates like the URL hook does, so the test sees the resulting view. */
function collect(view: ViewState) {
  const calls: Partial<ViewState>[] = [];
  const update = vi.fn((change: ViewUpdate) => {
    calls.push(typeof change === 'function' ? change(view) : change);
  });
  return { update, calls };
}

describe('FiltersPanel', () => {
  it('shows sources with counts and restricts to one source when it is ticked', () => {
    const { update, calls } = collect(DEFAULT_VIEW);
    render(<FiltersPanel view={DEFAULT_VIEW} update={update} stats={stats} />);
    expect(screen.getByTestId('sources').textContent).toContain('Doc A · Dawn');
    fireEvent.click(screen.getByTestId('source-doc-a'));
    expect(calls).toEqual([{ sources: ['doc-a'] }]);
  });

  it('says when only the busiest sources are listed, and keeps a ticked source the list leaves out', () => {
    const view = { ...DEFAULT_VIEW, sources: ['doc-z', 'doc-a'] };
    const { update, calls } = collect(view);
    render(<FiltersPanel view={view} update={update} stats={{ ...stats, totals: { ...stats.totals, sources: 5000 } }} />);
    expect(screen.getByTestId('filters').textContent).toContain('the 2 documents with the most claims, of 5,000');
    expect(screen.getByTestId('sources').textContent).toContain('doc-z');
    fireEvent.click(screen.getByTestId('source-doc-b'));
    expect(calls).toEqual([{ sources: ['doc-z', 'doc-a', 'doc-b'] }]);
  });

  it('names untitled sources by their date', () => {
    const { update } = collect(DEFAULT_VIEW);
    const docB = {
      id: 'doc-b', title: null, publisher: null, author: null, published: '2021-10-24', publishedYear: 2021, url: null, language: 'en',
      status: 'done' as const, error: null, claimCount: 2, submittedAt: null, processedAt: null,
    };
    render(<FiltersPanel view={DEFAULT_VIEW} update={update} stats={stats} documents={[docB]} />);
    expect(screen.getByTestId('sources').textContent).toContain('Untitled, 2021-10-24');
  });

  it('unticking a relation type keeps all the others', () => {
    const { update, calls } = collect(DEFAULT_VIEW);
    render(<FiltersPanel view={DEFAULT_VIEW} update={update} stats={stats} />);
    fireEvent.click(screen.getByTestId('type-ATTACKED'));
    expect(calls[0]!.types).toHaveLength(9);
    expect(calls[0]!.types).not.toContain('ATTACKED');
  });

  it('switches the histogram to the reporting year axis', () => {
    const { update, calls } = collect(DEFAULT_VIEW);
    const { rerender } = render(<FiltersPanel view={DEFAULT_VIEW} update={update} stats={stats} />);
    expect(screen.getByTestId('year-from-label').textContent).toBe('2021');
    fireEvent.click(screen.getByLabelText('When reported'));
    expect(calls).toEqual([{ timeAxis: 'reported' }]);
    rerender(<FiltersPanel view={{ ...DEFAULT_VIEW, timeAxis: 'reported' }} update={update} stats={stats} />);
    expect(screen.getByTestId('year-from-label').textContent).toBe('2025');
  });
});

describe('PathsPanel', () => {
  it('draws a denied step as denied, and asks for denied claims only when ticked', () => {
    const view = { ...DEFAULT_VIEW, panel: 'paths' as const, pathFrom: 'pakistan', pathTo: 'cia' };
    const step = { source: 'pakistan', target: 'cia', type: 'COOPERATES_WITH' as const, doc: 'd', year: 2024, sentence: 'Pakistan will not cooperate with the CIA.' };
    const data = {
      paths: [
        { actors: ['pakistan', 'cia'], length: 1, steps: [{ ...step, claimId: 'c1', negated: true, modality: 'asserted' as const }] },
        { actors: ['pakistan', 'cia'], length: 1, steps: [{ ...step, claimId: 'c2', negated: false, modality: 'reported' as const }] },
      ],
      graph: { nodes: [], edges: [], meta: { truncated: false, totalNodes: 0, totalEdges: 0, totalClaims: 0, returnedNodes: 0, returnedEdges: 0, limit: 1, timeAxis: 'event' as const, missingActors: [] } },
    };
    const { update, calls } = collect(view);
    render(<PathsPanel view={view} update={update} names={(id) => id} paths={{ status: 'ready', data, error: null, reload: () => {} }} />);
    const [denied, asserted] = screen.getAllByTestId('path-step');
    expect(denied!.className).toBe('denied');
    expect(denied!.querySelector('.badge.negated')?.textContent).toBe('denied');
    expect(asserted!.className).toBe('');
    expect(asserted!.querySelector('.badge.negated')).toBeNull();
    expect(asserted!.textContent).toContain('reported');
    fireEvent.click(screen.getByTestId('path-denied'));
    expect(calls).toEqual([{ pathDenied: true }]);
  });
});

describe('DocumentReader', () => {
  it('deletes the document with the API token after confirmation, and reports what went', async () => {
    const detail = {
      id: 'doc-a', title: 'Doc A', publisher: 'Dawn', author: null, published: '2024-01-02', publishedYear: 2024, url: null, language: 'en',
      status: 'done', error: null, claimCount: 2, submittedAt: null, processedAt: null, text: 'Pakistan warned the Taliban.', mentions: [], claims: [],
    };
    const requests: Array<{ method: string; url: string; auth: string | null }> = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit = {}) => {
      const method = init.method ?? 'GET';
      requests.push({ method, url, auth: new Headers(init.headers).get('authorization') });
      const body = method === 'DELETE' ? { id: 'doc-a', claims: 2, mentions: 2, actors: [] } : detail;
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    }));
    vi.stubGlobal('confirm', vi.fn(() => true));
    writeToken('token-for-test-1234');
    try {
      const onDeleted = vi.fn();
      render(<DocumentReader id="doc-a" claimId={null} onClose={() => {}} onDeleted={onDeleted} />);
      const button = await screen.findByTestId('delete-document');
      await act(async () => {
        fireEvent.click(button);
      });
      expect(window.confirm).toHaveBeenCalledWith(expect.stringContaining('“Doc A” and its 2 claims'));
      expect(requests.at(-1)).toEqual({ method: 'DELETE', url: '/api/documents/doc-a', auth: 'Bearer token-for-test-1234' });
      expect(onDeleted).toHaveBeenCalledWith({ id: 'doc-a', claims: 2, mentions: 2, actors: [] });
    } finally {
      writeToken(null);
      vi.unstubAllGlobals();
    }
  });
});

describe('YearRange', () => {
  it('never lets the first year pass the last', () => {
    const onChange = vi.fn();
    render(<YearRange histogram={stats.byYear} min={2021} max={2024} from={2021} to={2022} frame={null} onChange={onChange} />);
    fireEvent.change(screen.getByTestId('year-from'), { target: { value: '2024' } });
    expect(onChange).toHaveBeenLastCalledWith(2022, 2022);
    expect(screen.getByText('4 claims in range')).toBeTruthy();
  });
});

describe('useUrlView', () => {
  it('reads the view from the URL and writes every change back to it', () => {
    window.history.replaceState(null, '', '/?from=2021&types=ATTACKED');
    const { result } = renderHook(() => useUrlView());
    expect(result.current[0].yearFrom).toBe(2021);
    expect(result.current[0].types).toEqual(['ATTACKED']);
    act(() => result.current[1]({ yearTo: 2022, selected: { kind: 'node', id: 'pakistan' } }));
    expect(window.location.search).toBe('?from=2021&to=2022&types=ATTACKED&sel=node%3Apakistan');
    act(() => result.current[1]((v) => ({ types: [], yearFrom: v.yearFrom! + 1 }), { push: true }));
    expect(window.location.search).toBe('?from=2022&to=2022&sel=node%3Apakistan');
    window.history.replaceState(null, '', '/?from=2019');
    act(() => {
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    expect(result.current[0].yearFrom).toBe(2019);
    expect(result.current[0].selected).toBeNull();
  });
});

describe('evidence and Cypher rendering', () => {
  it('marks the trigger and the actors in a quoted sentence', () => {
    const { container } = render(<p><MarkedText text="The US attacked ISIS-K." offset={10} marks={[{ start: 14, end: 16, kind: 'actor' }, { start: 17, end: 25, kind: 'trigger' }]} /></p>);
    expect([...container.querySelectorAll('mark')].map((m) => [m.className, m.textContent])).toEqual([['m-actor', 'US'], ['m-trigger', 'attacked']]);
    expect(container.textContent).toBe('The US attacked ISIS-K.');
  });

  it('highlights Cypher keywords and parameters behind the editable text', () => {
    const onChange = vi.fn();
    const { container } = render(<CypherEditor value="MATCH (a:Actor {id: $actor}) RETURN a" onChange={onChange} label="Cypher" />);
    expect([...container.querySelectorAll('.cy-keyword')].map((e) => e.textContent)).toEqual(['MATCH', 'RETURN']);
    expect(container.querySelector('.cy-param')?.textContent).toBe('$actor');
    fireEvent.change(screen.getByLabelText('Cypher'), { target: { value: 'MATCH (n) RETURN n LIMIT 5' } });
    expect(onChange).toHaveBeenCalledWith('MATCH (n) RETURN n LIMIT 5');
  });
});
