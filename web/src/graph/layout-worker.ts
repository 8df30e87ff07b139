// Web worker: runs the explorer's fcose layout on a headless Cytoscape, off the main thread, so a
// large graph is drawn (at provisional positions) and stays responsive while it is laid out.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { fcoseOptions } from './layout';
import { withSeededRandom } from './seeded-random';
import type { LayoutRequest, LayoutResponse } from './run-layout';

cytoscape.use(fcose);

const scope = self as unknown as { onmessage: ((e: MessageEvent<LayoutRequest>) => void) | null; postMessage: (m: LayoutResponse) => void };

scope.onmessage = (e) => {
  const { nodes, edges, randomize, seed } = e.data;
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }],
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size }, position: { x: n.x, y: n.y } })),
      ...edges.map((x, i) => ({ group: 'edges' as const, data: { id: `e${i}`, source: x.source, target: x.target } })),
    ],
  });
  const layout = cy.layout({ ...fcoseOptions(nodes.length, randomize), animate: false, fit: false } as never);
  layout.one('layoutstop', () => {
    const positions: LayoutResponse['positions'] = cy.nodes().map((n) => [n.id(), n.position('x'), n.position('y')]);
    cy.destroy();
    scope.postMessage({ positions });
  });
  withSeededRandom(seed, () => layout.run());
};
