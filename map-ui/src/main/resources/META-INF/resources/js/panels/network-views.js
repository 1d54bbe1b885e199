// Registers the Network view and the Strength dashboard with the view switcher (app.js calls this once).
import { createDashboardView } from './dashboard.js';
import { createNetworkView } from './network.js';
import { roleAtLeast } from './views.js';

/** registerNetworkViews({ views, map, client, centre, role }): centre is the map's { latitude, longitude }. */
export function registerNetworkViews({ views, map, client, centre, role }) {
  views.register('network', createNetworkView({
    section: document.getElementById('view-network'), map, client, centre,
  }));
  if (roleAtLeast(role, 'PEER_SUPPORTER')) {
    views.register('dashboard', createDashboardView({
      section: document.getElementById('view-dashboard'), map, client, centre, role,
    }));
  }
}
