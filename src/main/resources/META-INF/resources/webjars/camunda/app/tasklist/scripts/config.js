// GridCase's Tasklist configuration. It replaces the webjar's scripts/config.js (our classes come
// first on the class path); everything not set here keeps Tasklist's defaults.
export default {
  customScripts: [
    // The district's language (zh unless the user picks English in the footer) and time zone
    // (China Standard Time), built from src/main/frontend/webapps
    'scripts/gridcase-district',
    // the case on each task card, counts on every filter and the 案件信息 tab with photos and
    // the case's history, built from src/main/frontend/tasklist-case
    'scripts/gridcase-case'
  ],
  // the AngularJS module of gridcase-district
  requireJsConfig: { ngDeps: ['gridcase.district'] },
  // Chinese (locales/zh.json) and English, zh the default: gridcase-district keeps zh whatever the
  // browser's language, until the user picks English in the footer
  // (dates: the locale's formats, 2026年11月23日 14:30 in zh, set by gridcase-district for all four apps)
  locales: { availableLocales: ['zh', 'en'], fallbackLocale: 'zh' },
  // Tasklist's keyboard shortcuts (the descriptions are shown as written here, not translated)
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: '认领当前选中的任务'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: '将焦点移到第一个过滤器'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: '将焦点移到任务列表的第一个任务'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: '将焦点移到任务表单的第一个输入框'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: '打开发起流程对话框'
    }
  }
};
