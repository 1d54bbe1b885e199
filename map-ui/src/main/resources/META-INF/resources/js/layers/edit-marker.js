// The edit view's marker: where the asset being added or changed will be. A click on the map (while placing is on)
// puts it there; dragging moves it. Either way onMove({ latitude, longitude }) tells the form. The form's latitude and
// longitude boxes are the keyboard's way to move it (place()).
import { el } from '../util/dom.js';
import { L } from './leaflet.js';

const DECIMALS = 6; // about 0.1 m

/** createEditMarker({ map, onMove }) returns { enablePlacing(), disablePlacing(), place(point, { pan }), clear(), position() }. */
export function createEditMarker({ map, onMove }) {
  const layer = L.layerGroup();
  let marker = null;

  const rounded = (latlng) => ({
    latitude: Number(latlng.lat.toFixed(DECIMALS)),
    longitude: Number(latlng.lng.toFixed(DECIMALS)),
  });

  function ensureMarker(latlng) {
    if (marker) {
      marker.setLatLng(latlng);
      return;
    }
    marker = L.marker(latlng, {
      // the pin's sharp corner (bottom left) is the point
      icon: L.divIcon({ className: 'edit-marker', iconSize: [26, 26], iconAnchor: [0, 26] }),
      draggable: true,
      autoPan: true,
      keyboard: false, // the form's latitude and longitude boxes move it from the keyboard
      title: 'The place being edited: drag to move it',
      zIndexOffset: 2000,
    }).bindTooltip(el('span', {}, 'Here'), { permanent: true, direction: 'top', offset: [13, -26], className: 'edit-marker-label' });
    marker.on('dragend', () => onMove(rounded(marker.getLatLng())));
    layer.addLayer(marker);
  }

  function onMapClick(event) {
    ensureMarker(event.latlng);
    onMove(rounded(event.latlng));
  }

  return {
    enablePlacing() {
      layer.addTo(map);
      map.on('click', onMapClick);
      map.getContainer().classList.add('map-placing');
    },
    disablePlacing() {
      map.off('click', onMapClick);
      map.getContainer().classList.remove('map-placing');
      layer.remove();
    },
    /** Shows the marker at { latitude, longitude } (from the form or an asset); pan: bring it into view. */
    place({ latitude, longitude }, { pan = false } = {}) {
      const latlng = L.latLng(latitude, longitude);
      ensureMarker(latlng);
      if (pan && !map.getBounds().pad(-0.1).contains(latlng)) map.panTo(latlng);
    },
    clear() {
      if (marker) layer.removeLayer(marker);
      marker = null;
    },
    position: () => (marker ? rounded(marker.getLatLng()) : null),
  };
}
