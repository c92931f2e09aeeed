// The actor network as GEXF 1.3 and GraphML, both opened by Gephi: node attributes country and
// events; edge weight (events) and attributes cooperation, conflict, goldstein.
import type { ActorNetwork } from './actor-network.js';
import { xmlText as x } from './xml-text.js';

export function gexf(n: ActorNetwork): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>Entente</creator><description>Who does what to whom: asserted events between actors</description></meta>',
    '  <graph defaultedgetype="directed">',
    '    <attributes class="node"><attribute id="country" title="country" type="string"/><attribute id="events" title="events" type="integer"/></attributes>',
    '    <attributes class="edge"><attribute id="cooperation" title="cooperation" type="integer"/><attribute id="conflict" title="conflict" type="integer"/><attribute id="goldstein" title="goldstein" type="double"/></attributes>',
    '    <nodes>',
    ...n.nodes.map((v) => `      <node id="${x(v.id)}" label="${x(v.id)}"><attvalues><attvalue for="country" value="${x(v.country)}"/><attvalue for="events" value="${v.events}"/></attvalues></node>`),
    '    </nodes>',
    '    <edges>',
    ...n.edges.map((e, i) => `      <edge id="${i}" source="${x(e.source)}" target="${x(e.target)}" weight="${e.events}"><attvalues><attvalue for="cooperation" value="${e.cooperation}"/><attvalue for="conflict" value="${e.conflict}"/><attvalue for="goldstein" value="${e.goldstein}"/></attvalues></edge>`),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}

export function graphml(n: ActorNetwork): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="country" for="node" attr.name="country" attr.type="string"/>',
    '  <key id="nevents" for="node" attr.name="events" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="int"/>',
    '  <key id="cooperation" for="edge" attr.name="cooperation" attr.type="int"/>',
    '  <key id="conflict" for="edge" attr.name="conflict" attr.type="int"/>',
    '  <key id="goldstein" for="edge" attr.name="goldstein" attr.type="double"/>',
    '  <graph id="entente" edgedefault="directed">',
    ...n.nodes.map((v) => `    <node id="${x(v.id)}"><data key="country">${x(v.country)}</data><data key="nevents">${v.events}</data></node>`),
    ...n.edges.map((e, i) => `    <edge id="e${i}" source="${x(e.source)}" target="${x(e.target)}"><data key="weight">${e.events}</data><data key="cooperation">${e.cooperation}</data><data key="conflict">${e.conflict}</data><data key="goldstein">${e.goldstein}</data></edge>`),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
