// The organisations' network over the map: organisations (a square; a diamond labelled "Key" for key connectors),
// the assets they run (small circles) and the ties between them, styled by kind with a dash pattern and weight
// (never colour alone). Ties whose ends lie in North and South are heavier and carry a "N–S" label at their middle.
import { onActivate } from '../util/activate.js';
import { el } from '../util/dom.js';
import { L } from './leaflet.js';

/** Line styles per tie kind; the legend draws its samples from these. */
export const TIE_STYLES = {
  COLLABORATION: { label: 'Collaboration', color: '#00567a', weight: 3, dashArray: null, note: 'solid line' },
  COORDINATION: { label: 'Coordination', color: '#6a1245', weight: 3, dashArray: '10 6', note: 'long dashes' },
  CONTRACT: { label: 'Contract', color: '#7a4600', weight: 3.5, dashArray: '1 6', lineCap: 'round', note: 'dotted' },
  ALLIANCE: { label: 'Alliance', color: '#1b5e20', weight: 3, dashArray: '12 4 2 4', note: 'dash and dot' },
  RUNS: { label: 'Runs (organisation to place)', color: '#3d3d3d', weight: 1.5, dashArray: '4 3', note: 'thin, short dashes' },
  MEMBERSHIP: { label: 'Member of', color: '#4a4a4a', weight: 2, dashArray: '8 3 2 3 2 3', note: 'dash, dot, dot' },
};

/** How much heavier a cross-locality (North–South) tie is drawn. */
export const CROSS_EXTRA_WEIGHT = 3;

export const kindClass = (kind) => `tie-${kind.toLowerCase()}`;

/**
 * createNetworkLayer({ centre, onSelect }) returns { layer, show(network), positions(), clear() }.
 * centre: { latitude, longitude } where organisations with no place of their own are drawn in a ring.
 * onSelect(item, { keyboard }): an organisation or asset marker was activated.
 */
export function createNetworkLayer({ centre, onSelect = () => {} }) {
  const layer = L.featureGroup();
  let placed = new Map();

  function show(network) {
    layer.clearLayers();
    placed = positions(network, centre);
    const ties = L.layerGroup().addTo(layer);
    for (const tie of network.ties) {
      const from = placed.get(tie.from);
      const to = placed.get(tie.to);
      if (!from || !to) continue;
      drawTie(ties, tie, from.latlng, to.latlng);
    }
    for (const asset of network.assets) {
      const { latlng } = placed.get(asset.id);
      L.circleMarker(latlng, {
        radius: 5, className: 'network-asset', color: '#ffffff', weight: 2, fillColor: '#3d3d3d', fillOpacity: 1,
        interactive: false,
      }).bindTooltip(asset.name, { direction: 'top' }).addTo(layer);
    }
    for (const organisation of network.organisations) {
      const { latlng, borough } = placed.get(organisation.id);
      const key = organisation.keyConnector;
      const marker = L.marker(latlng, {
        icon: L.divIcon({
          className: `network-org${key ? ' network-org-key' : ''}${borough ? ' network-org-borough' : ''}`,
          html: key ? el('span', { 'aria-hidden': 'true' }, 'Key') : '',
          iconSize: key ? [30, 30] : [16, 16],
        }),
        title: `${organisation.name}${key ? ' (key connector)' : ''}${borough ? ' (borough-wide: no mapped place)' : ''}`,
        keyboard: true,
        zIndexOffset: key ? 500 : 200,
      });
      onActivate(marker, (how) => onSelect(organisation, how)).addTo(layer);
    }
  }

  return { layer, show, positions: () => placed, clear: () => layer.clearLayers() };
}

function drawTie(group, tie, from, to) {
  const style = TIE_STYLES[tie.kind] ?? TIE_STYLES.RUNS;
  const cross = tie.crossLocality;
  if (cross) {
    // a pale casing under the heavier line, so the highlight does not rest on colour or weight alone
    L.polyline([from, to], {
      color: '#ffdd00', weight: style.weight + CROSS_EXTRA_WEIGHT + 4, opacity: 0.9, interactive: false,
      className: 'network-tie-casing',
    }).addTo(group);
  }
  L.polyline([from, to], {
    color: style.color,
    weight: style.weight + (cross ? CROSS_EXTRA_WEIGHT : 0),
    dashArray: style.dashArray,
    lineCap: style.lineCap ?? 'butt',
    opacity: 0.95,
    className: `network-tie ${kindClass(tie.kind)}${cross ? ' tie-cross' : ''}`,
    interactive: false,
  }).addTo(group);
  if (cross) {
    const middle = [(from[0] + to[0]) / 2, (from[1] + to[1]) / 2];
    L.marker(middle, {
      icon: L.divIcon({ className: 'tie-cross-label', html: el('span', { 'aria-hidden': 'true' }, 'N–S'), iconSize: [34, 18] }),
      interactive: false,
      keyboard: false,
    }).addTo(group);
  }
}

/**
 * Where each organisation and asset is drawn: assets at their place; organisations at the location the API gives
 * (the centroid of their assets) or, when they have none, evenly on a ring around `centre`.
 */
export function positions(network, centre) {
  const placed = new Map();
  for (const asset of network.assets) {
    placed.set(asset.id, { latlng: [asset.location.latitude, asset.location.longitude], borough: false });
  }
  const unplaced = network.organisations.filter((organisation) => !organisation.location);
  const ring = 0.012;
  unplaced.forEach((organisation, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, unplaced.length);
    placed.set(organisation.id, {
      latlng: [centre.latitude + ring * Math.sin(angle), centre.longitude + 1.6 * ring * Math.cos(angle)],
      borough: true,
    });
  });
  for (const organisation of network.organisations) {
    if (organisation.location) {
      placed.set(organisation.id, {
        latlng: [organisation.location.latitude, organisation.location.longitude], borough: false,
      });
    }
  }
  return placed;
}
