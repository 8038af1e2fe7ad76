// GridCase's Cockpit configuration. It replaces the webjar's scripts/config.js (our classes come
// first on the class path); everything not set here keeps Cockpit's defaults.
export default {
  // The case history plugin (ES module), built by the Maven build from src/main/frontend/cockpit-history
  customScripts: ['scripts/gridcase-history']
};
