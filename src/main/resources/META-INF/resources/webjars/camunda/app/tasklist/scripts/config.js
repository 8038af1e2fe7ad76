// GridCase's Tasklist configuration. It replaces the webjar's scripts/config.js (our classes come
// first on the class path); everything not set here keeps Tasklist's defaults.
export default {
  // The case plugin (ES module: task cards, filter counts, the 案件信息 tab), built by the Maven
  // build from src/main/frontend/tasklist-case
  customScripts: ['scripts/gridcase-case']
};
