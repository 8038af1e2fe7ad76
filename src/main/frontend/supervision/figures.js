// The figures of docs/supervision-api.md as the page names and shows them.

const percent = (v) => (v === null || v === undefined || Number.isNaN(v) ? '—' : `${(v * 100).toFixed(1)}%`);
const count = (v) => (v === null || v === undefined || Number.isNaN(v) ? '—' : String(Math.round(v)));
const hours = (v) => (v === null || v === undefined || Number.isNaN(v) ? '—' : `${Number(v).toFixed(1)}小时`);

/** name: the API's figure name; value(figures) reads it from a figures object. */
export const FIGURES = [
  { name: 'reports', label: '上报数', format: count },
  { name: 'registered', label: '立案数', format: count },
  { name: 'rejected', label: '不予立案', format: count, higherIsBetter: false },
  { name: 'closed', label: '结案数', format: count },
  { name: 'closureRate', label: '结案率', format: percent },
  { name: 'onTimeClosureRate', label: '按期结案率', format: percent },
  { name: 'overdue', label: '超期数', format: count, higherIsBetter: false },
  { name: 'reworkRate', label: '返工率', format: percent, higherIsBetter: false },
  { name: 'avgHandlingHours', label: '平均处置时长', format: hours, higherIsBetter: false },
  { name: 'p90HandlingHours', label: '90%处置时长', format: hours, higherIsBetter: false },
  { name: 'solvedInGridShare', label: '网格内解决率', format: percent },
  {
    name: 'escalationsTotal', label: '升级数', format: count, higherIsBetter: false,
    value: (f) => (f && f.escalations ? Object.values(f.escalations).reduce((a, b) => a + b, 0) : null),
  },
  { name: 'jointEnforcements', label: '联合执法', format: count },
  { name: 'satisfactionRate', label: '满意率', format: percent, value: (f) => (f.satisfaction ? f.satisfaction.rate : null) },
  { name: 'accountabilityReviews', label: '责任倒查', format: count, higherIsBetter: false },
  { name: 'accountabilityFindings', label: '追责认定', format: count, higherIsBetter: false },
].map((figure) => ({ value: (f) => (f ? f[figure.name] : null), ...figure }));

export const BY_NAME = new Map(FIGURES.map((f) => [f.name, f]));

/** The figures the ranking table shows as columns. */
export const RANKING_COLUMNS = ['registered', 'closed', 'closureRate', 'onTimeClosureRate', 'overdue', 'reworkRate',
  'avgHandlingHours', 'solvedInGridShare', 'satisfactionRate'].map((n) => BY_NAME.get(n));

/** The headline tiles above the board. */
export const TILES = ['reports', 'registered', 'closed', 'closureRate', 'onTimeClosureRate', 'overdue', 'reworkRate',
  'avgHandlingHours', 'solvedInGridShare', 'satisfactionRate'].map((n) => BY_NAME.get(n));

/** What the grid map can be coloured by: figures of the period, or the live lights. */
export const MAP_FIGURES = [
  ...['closureRate', 'onTimeClosureRate', 'solvedInGridShare', 'reworkRate', 'overdue', 'registered', 'avgHandlingHours']
    .map((n) => BY_NAME.get(n)),
  { name: 'lightRed', label: '实时红灯数', format: count, higherIsBetter: false, live: true },
  { name: 'lightYellow', label: '实时黄灯数', format: count, higherIsBetter: false, live: true },
  { name: 'running', label: '在办案件数', format: count, higherIsBetter: false, live: true },
];

export const LIGHTS = [
  ['GREEN', '绿灯', '正常'],
  ['YELLOW', '黄灯', '临期'],
  ['RED', '红灯', '超期'],
];

export const LEVELS = { DISTRICT: '区', STREET: '街道', COMMUNITY: '社区', GRID: '网格', BUILDING: '楼院' };

export const BY = [
  ['PLACE', '下级区域'],
  ['DEPARTMENT', '职能部门'],
  ['PERSON', '人员'],
];
