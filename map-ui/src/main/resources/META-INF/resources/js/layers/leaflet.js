// The one place that touches Leaflet's global (it is loaded as a classic script from its WebJar).
// `L` is undefined when the script failed to load; app.js checks and reports that.
export const L = window.L;
