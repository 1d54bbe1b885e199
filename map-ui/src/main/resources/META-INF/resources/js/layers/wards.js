// Ward outlines, shaded by the North/South Lambeth grouping (fill pattern and stroke dash, not colour alone).
import { el } from '../util/dom.js';
import { plural } from '../util/format.js';
import { deferredSvg } from './deferred-renderer.js';
import { L } from './leaflet.js';

/** Path styles per half; the legend draws its swatches from these too. */
export const WARD_STYLES = {
  NORTH: {
    label: 'North Lambeth',
    className: 'ward ward-north',
    color: '#0b5d58',
    weight: 2,
    dashArray: '6 4',
    fillColor: 'url(#ward-hatch-north)', // pattern defined in index.html
    fillOpacity: 1,
  },
  SOUTH: {
    label: 'South Lambeth',
    className: 'ward ward-south',
    color: '#7a4600',
    weight: 2,
    dashArray: null,
    fillColor: '#e8a33d',
    fillOpacity: 0.22,
  },
  OTHER: {
    label: 'Ward',
    className: 'ward ward-unassigned',
    color: '#444444',
    weight: 1.5,
    dashArray: '2 3',
    fillColor: '#bbbbbb',
    fillOpacity: 0.15,
  },
};

export const wardStyle = (half) => WARD_STYLES[half] ?? WARD_STYLES.OTHER;

/** createWardsLayer({ wards }) returns an L.GeoJSON layer, one path per ward, with a tooltip each. */
export function createWardsLayer({ wards }) {
  const features = wards
    .filter((ward) => ward.boundary)
    .map((ward) => ({ type: 'Feature', geometry: ward.boundary, properties: ward }));
  return L.geoJSON({ type: 'FeatureCollection', features }, {
    renderer: deferredSvg(), // redrawn after a move once the markers are painted
    // className must be set before the path is rendered: a style function does that.
    style: (feature) => {
      const { label, ...style } = wardStyle(feature.properties.half);
      return style;
    },
    onEachFeature: (feature, layer) => {
      layer.bindTooltip(wardTooltip(feature.properties), { sticky: true, direction: 'top' });
    },
  });
}

function wardTooltip(ward) {
  const half = WARD_STYLES[ward.half]?.label;
  return el('div', { className: 'ward-tooltip' },
    el('strong', {}, ward.name),
    half ? el('span', {}, half) : null,
    el('span', {}, plural(ward.assetCount ?? 0, 'asset')));
}
