// ForceAtlas2 off the main thread: the network stays clickable while a large graph settles.
// Loaded as a same-origin worker (CSP worker-src 'self'); it receives the graph once and posts positions back.
/* global importScripts, graphology, graphologyLibrary */
// The library's GEXF/GraphML readers touch these browser-only names when it loads; a worker has none.
self.DOMParser = self.DOMParser || function DOMParser() {};
self.XMLSerializer = self.XMLSerializer || function XMLSerializer() {};
self.Document = self.Document || function Document() {};
importScripts("/static/vendor/graphology.umd.min.js", "/static/vendor/graphology-library.min.js");

self.onmessage = (event) => {
  const { nodes, edges, iterations, slice, settings } = event.data;
  const graph = new graphology.MultiGraph();
  for (const [key, x, y, size] of nodes) graph.addNode(key, { x, y, size });
  for (const [source, target] of edges) graph.addEdge(source, target);
  let left = iterations;
  while (left > 0) {
    const now = Math.min(slice, left);
    graphologyLibrary.layoutForceAtlas2.assign(graph, { iterations: now, settings });
    left -= now;
    const positions = new Float64Array(graph.order * 2);
    let i = 0;
    graph.forEachNode((_, a) => { positions[i++] = a.x; positions[i++] = a.y; });
    self.postMessage({ positions, left }, [positions.buffer]);
  }
};
