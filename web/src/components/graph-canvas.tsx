// The Cytoscape canvas. Elements are diffed in place (no re-creation), remembered positions keep the
// drawing stable across filter changes and player frames, a layout from scratch is seeded by the
// graph (the same view opens with the same positions), labels that would collide are hidden, and
// state is exposed as data attributes (data-state, data-nodes, data-edges, data-query) for tests and
// assistive tooling.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { applyElements, capFitZoom, fitView, refit } from '../graph/apply-elements';
import { coreOptions, explorerRenderer, isLargeGraph } from '../graph/cy-options';
import { hiddenLabels } from '../graph/label-collisions';
import type { Position } from '../graph/layout';
import { runLayout } from '../graph/run-layout';
import type { GraphElement } from '../graph/map-elements';
import { graphStylesheet, LABEL_SCALES, labelScaleStep } from '../graph/stylesheet';
import type { Selection } from '../state/view-state';

cytoscape.use(fcose);

declare global {
  interface Window {
    __actorscope?: { cy: Core };
  }
}

export interface GraphCanvasProps {
  elements: GraphElement[];
  /** Identifies the data shown (the API query), exposed as data-query once drawn. */
  query: string;
  loading: boolean;
  selected: Selection;
  highlight: { nodes: string[]; edges: string[] } | null;
  onSelect: (selection: Selection) => void;
  onExpand: (actorId: string) => void;
  onReady?: (cy: Core) => void;
  /** While the player runs the viewport stays put, so actors do not appear to move between frames. */
  keepViewport?: boolean;
}

export function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const positions = useRef(new Map<string, Position>());
  /** The label-scale step of the current zoom (small graphs); re-applied to actors the diff adds or restyles. */
  const labelStep = useRef(0);
  const handlers = useRef(props);
  handlers.current = props;
  const large = isLargeGraph(props.elements.length);
  const [drawn, setDrawn] = useState<{ query: string; nodes: number; edges: number } | null>(null);

  // One Cytoscape instance per renderer kind (canvas vs WebGL cannot be switched live).
  useEffect(() => {
    const cy = cytoscape({
      container: container.current,
      style: graphStylesheet(large),
      ...coreOptions(large),
    });
    cyRef.current = cy;
    window.__actorscope = { cy };
    cy.on('tap', 'node', (e) => handlers.current.onSelect({ kind: 'node', id: e.target.id() }));
    cy.on('tap', 'edge', (e) => handlers.current.onSelect({ kind: 'edge', id: e.target.id() }));
    cy.on('tap', (e) => {
      if (e.target === cy) handlers.current.onSelect(null);
    });
    cy.on('dbltap', 'node', (e) => handlers.current.onExpand(e.target.id()));
    cy.on('mouseover', 'node', (e) => {
      const hood = e.target.closedNeighborhood();
      cy.batch(() => {
        // Fading the rest restyles and redraws every element: too slow for a hover in large graphs,
        // which highlight the neighbourhood only.
        if (!large) cy.elements().not(hood).addClass('faded');
        e.target.addClass('hovered');
        hood.edges().addClass('hovered');
      });
    });
    cy.on('mouseover', 'edge', (e) => e.target.addClass('hovered'));
    cy.on('mouseout', 'node, edge', () => cy.batch(() => cy.$('.faded, .hovered').removeClass('faded hovered')));
    cy.on('dragfree', 'node', (e) => {
      positions.current.set(e.target.id(), { ...e.target.position() });
      if (!large) hideCollidingLabels(cy);
    });
    cy.on('layoutstop', () => cy.nodes().forEach((n) => {
      positions.current.set(n.id(), { ...n.position() });
    }));
    // Keep labels readable when zoomed out: a larger label class (throttled) when the zoom crosses a step.
    let pending = false;
    cy.on('zoom', () => {
      if (pending || large) return;
      pending = true;
      requestAnimationFrame(() => {
        pending = false;
        const next = labelScaleStep(cy.zoom());
        if (next !== labelStep.current) {
          labelStep.current = next;
          setLabelStep(cy, next);
          hideCollidingLabels(cy);
        }
      });
    });
    handlers.current.onReady?.(cy);
    // A resized canvas (window, panels) is fitted again, unless the player holds the viewport still.
    let resizing = false;
    const resize = new ResizeObserver(() => {
      if (resizing) return;
      resizing = true;
      requestAnimationFrame(() => {
        resizing = false;
        if (cy.destroyed()) return;
        cy.resize();
        if (!handlers.current.keepViewport) fitView(cy, large);
      });
    });
    if (container.current) resize.observe(container.current);
    return () => {
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
    };
  }, [large]);

  // Diff the elements into the live graph.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { added, removed, fullLayout } = applyElements(cy, props.elements, positions.current);
    const finish = () => {
      cy.nodes().forEach((n) => {
        positions.current.set(n.id(), { ...n.position() });
      });
      if (fullLayout) capFitZoom(cy);
      if (!large) {
        setLabelStep(cy, labelStep.current);
        hideCollidingLabels(cy);
      }
      setDrawn({ query: props.query, nodes: cy.nodes().length, edges: cy.edges().length });
    };
    if (fullLayout && cy.nodes().length > 0 && large) {
      // Large graphs are drawn at once at provisional positions while a worker lays them out; the
      // canvas reports itself drawn (data-state) once the layout is in place.
      fitView(cy, true);
      setDrawn(null);
      const layout = runLayout(cy, positions.current.size === 0, true);
      void layout.done.then((applied) => {
        if (applied) finish();
      });
      return () => layout.cancel();
    } else if (fullLayout && cy.nodes().length > 0) {
      const layout = runLayout(cy, positions.current.size === 0, false);
      void layout.done.then((applied) => {
        if (applied) finish();
      });
      return () => layout.cancel();
    } else {
      if ((added > 0 || removed > 0) && !handlers.current.keepViewport) refit(cy, large);
      finish();
    }
  }, [props.elements, props.query, large]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements(':selected').unselect();
      if (props.selected) cy.getElementById(props.selected.id).select();
    });
  }, [props.selected, drawn]);

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.$('.path, .dim').removeClass('path dim');
      if (props.highlight) {
        for (const id of [...props.highlight.nodes, ...props.highlight.edges]) cy.getElementById(id).addClass('path');
        cy.elements().not('.path').addClass('dim');
      }
    });
  }, [props.highlight, drawn]);

  // Keyboard: arrows walk the actors (most connected first), Enter expands, + / - zoom.
  const onKeyDown = (e: KeyboardEvent) => {
    const cy = cyRef.current;
    if (!cy || cy.nodes().length === 0) return;
    if (e.key === '+' || e.key === '=' || e.key === '-') {
      cy.zoom({ level: cy.zoom() * (e.key === '-' ? 0.8 : 1.25), renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    } else if (['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp'].includes(e.key)) {
      const order = cy.nodes().sort((a, b) => b.degree(false) - a.degree(false) || String(a.data('label')).localeCompare(String(b.data('label'))));
      const current = props.selected?.kind === 'node' ? order.toArray().findIndex((n) => n.id() === props.selected!.id) : -1;
      const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
      const next = order[(current + step + order.length) % order.length]!;
      props.onSelect({ kind: 'node', id: next.id() });
      cy.animate({ center: { eles: next } }, { duration: 200 });
    } else if (e.key === 'Enter' && props.selected?.kind === 'node') {
      props.onExpand(props.selected.id);
    } else return;
    e.preventDefault();
  };

  const ready = !props.loading && drawn?.query === props.query;
  return (
    <div
      className="graph-canvas"
      data-testid="graph"
      data-state={ready ? 'ready' : 'loading'}
      data-nodes={drawn?.nodes ?? 0}
      data-edges={drawn?.edges ?? 0}
      data-query={drawn?.query ?? ''}
      data-renderer={explorerRenderer(large)}
      ref={container}
      tabIndex={0}
      onKeyDown={onKeyDown}
      role="application"
      aria-roledescription="actor network"
      aria-label={`Actor network: ${drawn?.nodes ?? 0} actors, ${drawn?.edges ?? 0} relations. Arrow keys select actors, Enter expands, plus and minus zoom.`}
    />
  );
}

/** Re-runs the full layout from scratch (the "Re-layout" button); large graphs in a worker. Seeded: it gives the positions a fresh load gives. */
export function relayout(cy: Core): void {
  const large = isLargeGraph(cy.elements().length);
  void runLayout(cy, true, large).done.then((applied) => {
    if (applied && !large) {
      capFitZoom(cy);
      hideCollidingLabels(cy);
    }
  });
}

/** Gives every actor the label-scale class of `step` (stylesheet.ts), new actors included. */
function setLabelStep(cy: Core, step: number): void {
  const all = LABEL_SCALES.map((_, i) => `ls-${i}`).join(' ');
  cy.batch(() => cy.nodes().removeClass(all).addClass(`ls-${step}`));
}

/** Hides the labels that would overlap a more important actor's label (label-collisions.ts). */
export function hideCollidingLabels(cy: Core): void {
  cy.batch(() => {
    cy.nodes('.label-hidden').removeClass('label-hidden');
    const boxes = cy.nodes().map((n) => {
      const b = n.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true } as never);
      const priority = (n.hasClass('focus') ? 1e9 : 0) + Number(n.data('score') ?? 0);
      return { id: n.id(), priority, x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2 };
    });
    const hidden = hiddenLabels(boxes);
    cy.nodes().filter((n) => hidden.has(n.id())).addClass('label-hidden');
  });
}
