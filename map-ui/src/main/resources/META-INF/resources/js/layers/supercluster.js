// The one place that touches Supercluster's global (a UMD script from its WebJar).
// Undefined when the script failed to load; app.js checks and reports that.
export const Supercluster = window.Supercluster;
