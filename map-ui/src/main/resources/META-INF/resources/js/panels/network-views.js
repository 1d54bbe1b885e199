// Registers the Network view and the Strength dashboard with the view switcher (app.js calls this once).
import { createDashboardView } from './dashboard.js';
import { createNetworkView } from './network.js';

/**
 * registerNetworkViews({ views, map, client, centre, session }): centre is the map's { latitude, longitude }. The
 * switcher only shows the Strength tab to the roles allowed it; a sign-in or sign-out drops the dashboard drawn so far.
 */
export function registerNetworkViews({ views, map, client, centre, session }) {
  views.register('network', createNetworkView({
    section: document.getElementById('view-network'), map, client, centre,
  }));
  // built the first time it is shown, so a role that may not see it never has any of it on the page
  let dashboard = null;
  const theDashboard = () => {
    dashboard ??= createDashboardView({
      section: document.getElementById('view-dashboard'), map, client, centre, role: () => session.me().role,
    });
    return dashboard;
  };
  views.register('dashboard', {
    activate: () => theDashboard().activate(),
    deactivate: () => dashboard?.deactivate(),
  });
  // what a role may see differs (people are named only for leads): a new role gets a new dashboard, built when shown
  session.onRoleChange(() => {
    dashboard?.destroy();
    dashboard = null;
    if (views.current() === 'dashboard') theDashboard().activate();
  });
}
