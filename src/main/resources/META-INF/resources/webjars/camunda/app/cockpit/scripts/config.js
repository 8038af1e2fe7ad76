// GridCase's Cockpit configuration. It replaces the webjar's scripts/config.js (our classes come
// first on the class path); everything not set here keeps Cockpit's defaults.
export default {
  customScripts: [
    // The district's language (zh unless the user picks English in the footer) and time zone
    // (China Standard Time), built from src/main/frontend/webapps
    'scripts/gridcase-district',
    // The case history plugin (ES module), built by the Maven build from src/main/frontend/cockpit-history
    'scripts/gridcase-history'
  ],
  // the AngularJS module of gridcase-district
  requireJsConfig: { ngDeps: ['gridcase.district'] },
  // Chinese (locales/zh.json) and English, zh the default: gridcase-district keeps zh whatever the
  // browser's language, until the user picks English in the footer
  // (dates: the locale's formats, 2026年11月23日 14:30 in zh, set by gridcase-district for all four apps)
  locales: { availableLocales: ['zh', 'en'], fallbackLocale: 'zh' }
};
