// Registers the Network view and the Strength dashboard with the view switcher (app.js calls this once).
import { createDashboardView } from './dashboard.js';
import { createNetworkView } from './network.js';

/**
 * registerNetworkViews({ views, map, client, centre, session }): centre is the map's { latitude, longitude }. The
 * switcher only shows the Strength tab to the roles allowed it; after a sign-in or sign-out the dashboard loads again.
 */
export function registerNetworkViews({ views, map, client, centre, session }) {
  views.register('network', createNetworkView({
    section: document.getElementById('view-network'), map, client, centre,
  }));
  const dashboard = createDashboardView({
    section: document.getElementById('view-dashboard'), map, client, centre, role: () => session.me().role,
  });
  views.register('dashboard', dashboard);
  session.onRoleChange(() => dashboard.forget());
}
