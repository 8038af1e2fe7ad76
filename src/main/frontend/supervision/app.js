// The supervision page for centers and leaders (/supervision/): the live light board with its
// drill-down to cases, headline figures, a grid map coloured by a figure, trends, scores and
// rankings of the places below, the four-level warnings, and exports — for the place and period
// picked, within what the supervision API lets the signed-in user see (their own subtree).
import './app.css';
import { h } from '../mobile/dom.js';
import * as api from './api.js';
import { renderBoard } from './board.js';
import { renderCases } from './caselist.js';
import { TILES, MAP_FIGURES, BY, LEVELS } from './figures.js';
import { drawMap } from './gridmap.js';
import { defaultPeriod, label, periodPicker, trendRange } from './period.js';
import { rankingTable, scoreTable } from './ranking.js';
import { drawTrend } from './trend.js';
import { renderWarnings } from './warnings.js';

const BOARD_REFRESH_MS = 60000;

const view = document.getElementById('view');
const controls = document.getElementById('controls');
const crumbs = document.getElementById('crumbs');
const warningsSection = document.getElementById('warnings');

const state = {
  reach: null,
  root: null, // the light tree of the reach place the user works from
  place: null, // the node shown
  period: defaultPeriod(),
  board: { sort: { key: 'RED', order: 'desc' } },
  rank: { by: 'PLACE', figure: 'closureRate', order: 'desc' },
  score: { sort: { key: 'rank', order: 'asc' } },
  mapFigure: 'closureRate',
  drill: null,
};

function panel(name, title, hint, wide = false) {
  return h('section', { class: `panel${wide ? ' wide' : ''}`, id: `panel-${name}`, 'data-panel': name },
    h('h2', {}, title, h('span', { class: 'hint' }, hint)),
    h('div', { class: 'body' }, h('p', { class: 'muted' }, '正在加载…')));
}

function failed(container, error) {
  const text = error && error.status === 403 ? '无权查看此范围的数据。'
    : error && error.status === 401 ? '登录已过期，请刷新页面重新登录。'
      : `加载失败：${error && error.message ? error.message : error}`;
  container.replaceChildren(h('p', { class: 'error' }, text));
}

/** Runs a panel's loader; a failure shows in the panel and leaves the others alone. */
async function load(container, loader) {
  try {
    await loader();
  } catch (e) {
    failed(container, e);
  }
}

// ---- places ----------------------------------------------------------------------------

function pathTo(node, code, trail = []) {
  if (!node) return null;
  const here = [...trail, node];
  if (node.code === code) return here;
  for (const child of node.children || []) {
    const found = pathTo(child, code, here);
    if (found) return found;
  }
  return null;
}

const names = new Map();

function remember(node) {
  names.set(node.code, node.name);
  (node.children || []).forEach(remember);
}

const placeName = (code) => names.get(code) || code;

function placeParams() {
  return { place: state.place.code, ...api.periodParams(state.period) };
}

function rankingParams() {
  return { ...placeParams(), by: state.rank.by, figure: state.rank.figure, order: state.rank.order };
}

async function loadRoot(code) {
  state.root = await api.lights(code);
  remember(state.root);
}

function goTo(code) {
  const path = pathTo(state.root, code);
  if (!path) return;
  state.place = path[path.length - 1];
  state.drill = null;
  render();
}

// ---- the page --------------------------------------------------------------------------

function renderCrumbs() {
  const path = pathTo(state.root, state.place.code) || [state.place];
  crumbs.replaceChildren(...path.flatMap((node, i) => {
    const last = i === path.length - 1;
    const item = last ? h('span', { class: 'here' }, node.name)
      : h('button', { type: 'button', 'data-place': node.code, onclick: () => goTo(node.code) }, node.name);
    return i === 0 ? [item] : [h('span', { class: 'sep' }, '›'), item];
  }));
}

function placePicker() {
  const path = pathTo(state.root, state.place.code) || [state.place];
  const options = [];
  if (state.reach.places.length > 1) {
    options.push(h('optgroup', { label: '我的区域' }, state.reach.places.map((p) => h('option', { value: `root:${p.code}` }, p.name))));
  }
  const here = [
    ...path.map((node, i) => h('option', { value: node.code, selected: node.code === state.place.code },
      `${'\u3000'.repeat(i)}${node.name}（${LEVELS[node.level] || ''}）`)),
    ...(state.place.children || []).map((child) => h('option', { value: child.code },
      `${'\u3000'.repeat(path.length)}${child.name}`)),
  ];
  if (state.reach.places.length > 1) options.push(h('optgroup', { label: '当前位置' }, here));
  else options.push(...here);
  const select = h('select', { name: 'place', 'aria-label': '区域' }, options);
  select.addEventListener('change', async () => {
    if (select.value.startsWith('root:')) {
      try {
        await loadRoot(select.value.slice(5));
        goTo(state.root.code);
      } catch (e) {
        failed(view, e);
      }
    } else {
      goTo(select.value);
    }
  });
  return h('label', {}, '区域', select);
}

function exportLinks() {
  const params = rankingParams();
  const stem = `监督评价_${state.place.name}_${label(state.period)}`;
  return h('span', { class: 'exports' },
    h('a', { href: api.exportUrl('xlsx', params), download: `${stem}.xlsx`, 'data-export': 'xlsx' }, '导出Excel'),
    h('a', { href: api.exportUrl('csv', params), download: `${stem}.csv`, 'data-export': 'csv' }, '导出CSV'));
}

function renderControls() {
  controls.replaceChildren(
    placePicker(),
    periodPicker(state.period, (period) => {
      state.period = period;
      render();
    }),
    exportLinks());
}

function render() {
  renderCrumbs();
  renderControls();
  load(warningsSection, () => renderWarnings(warningsSection, state.reach, state.place, render));

  const tiles = panel('figures', '综合指标', `${state.place.name} · ${label(state.period)}`, true);
  const board = panel('board', '实时红黄绿灯', '在办案件的时限灯；点击区域下钻，点击数字查看案件');
  const gridMap = panel('map', '网格地图', '按所选指标着色，点击网格下钻');
  const caseList = panel('cases', '案件清单', '', true);
  caseList.classList.add('cases');
  caseList.hidden = !state.drill;
  if (!state.drill) caseList.querySelector('.body').replaceChildren();
  const trend = panel('trend', '趋势', '', true);
  const score = panel('scores', '综合评分', '按下级区域、部门或人员评分，等级A–E', true);
  const ranking = panel('ranking', '排名', '点击列名按该指标排名', true);
  view.replaceChildren(tiles, board, gridMap, caseList, trend, score, ranking);

  const body = (p) => p.querySelector('.body');
  load(body(tiles), () => renderTiles(body(tiles)));
  renderBoardPanel(board, caseList);
  if (state.drill) load(body(caseList), () => renderCases(caseList, state.drill, placeName, closeCases(caseList)));
  renderMapPanel(gridMap);
  load(body(trend), () => renderTrend(trend));
  renderScoresAndRanking(score, ranking);
}

async function renderTiles(container) {
  const answer = await api.figures(placeParams());
  const f = answer.figures;
  const score = answer.score && answer.score.score !== null && answer.score.score !== undefined
    ? h('div', { class: 'tile', 'data-figure': 'score' },
      h('span', { class: 'v' }, answer.score.score.toFixed(1), ' ', answer.score.grade ? h('span', { class: `grade ${answer.score.grade}` }, answer.score.grade) : null),
      h('span', { class: 'k' }, '综合得分'))
    : null;
  container.replaceChildren(h('div', { class: 'tiles' }, score, TILES.map((figure) => {
    const value = figure.value(f);
    const below = figure.name === 'solvedInGridShare' && value !== null && f.solvedInGridTarget && value < f.solvedInGridTarget;
    return h('div', { class: `tile${below ? ' below' : ''}`, 'data-figure': figure.name },
      h('span', { class: 'v' }, figure.format(value)),
      h('span', { class: 'k' }, figure.name === 'solvedInGridShare' && f.solvedInGridTarget
        ? `${figure.label}（目标${Math.round(f.solvedInGridTarget * 100)}%）` : figure.label));
  })));
}

function closeCases(caseList) {
  return () => {
    state.drill = null;
    caseList.hidden = true;
  };
}

function renderBoardPanel(board, caseList) {
  const node = state.place;
  renderBoard(board, node, state.board, {
    onPlace: goTo,
    onCases: (place, light) => {
      state.drill = { place: { code: place.code, name: place.name }, light, page: 0 };
      caseList.hidden = false;
      load(caseList.querySelector('.body'), () => renderCases(caseList, state.drill, placeName, closeCases(caseList)));
      caseList.scrollIntoView({ behavior: 'smooth', block: 'start' });
    },
  });
}

function renderMapPanel(gridMap) {
  const select = h('select', { name: 'mapFigure', 'aria-label': '着色指标' },
    MAP_FIGURES.map((f) => h('option', { value: f.name, selected: f.name === state.mapFigure }, f.label)));
  const chart = h('div', { class: 'chart map' });
  gridMap.querySelector('h2').appendChild(h('span', { class: 'tools' }, '着色', select));
  gridMap.querySelector('.body').replaceChildren(chart);
  const draw = () => load(gridMap.querySelector('.body'), async () => {
    const answer = await api.map({ ...placeParams(), figure: state.mapFigure });
    const figure = MAP_FIGURES.find((f) => f.name === state.mapFigure);
    const values = new Map(answer.grids.map((g) => [g.code, g.value]));
    drawMap(chart, answer.grids, values, figure, state.place.name, (code) => {
      if (code !== state.place.code) goTo(code);
    });
  });
  select.addEventListener('change', () => {
    state.mapFigure = select.value;
    draw();
  });
  draw();
}

async function renderTrend(trend) {
  const range = trendRange(state.period);
  const answer = await api.trends({ place: state.place.code, ...range });
  const chart = h('div', { class: 'chart' });
  trend.querySelector('h2 .hint').textContent = `${range.from} 至 ${range.to}`;
  trend.querySelector('.body').replaceChildren(chart);
  drawTrend(chart, answer);
}

function bySelect(onChange) {
  const select = h('select', { name: 'by', 'aria-label': '评比对象' },
    BY.map(([value, name]) => h('option', { value, selected: value === state.rank.by }, name)));
  select.addEventListener('change', () => {
    state.rank.by = select.value;
    onChange();
  });
  return h('span', { class: 'tools' }, '评比对象', select);
}

function renderScoresAndRanking(score, ranking) {
  const drawScores = () => load(score.querySelector('.body'), async () => {
    const answer = await api.scores({ ...placeParams(), by: state.rank.by });
    const redraw = () => score.querySelector('.body').replaceChildren(scoreTable(answer, state.score.sort, (key) => {
      const same = state.score.sort.key === key;
      state.score.sort = { key, order: same ? (state.score.sort.order === 'asc' ? 'desc' : 'asc') : key === 'rank' ? 'asc' : 'desc' };
      redraw();
    }, answer.by === 'PLACE' ? goTo : null));
    redraw();
  });
  const drawRanking = () => load(ranking.querySelector('.body'), async () => {
    const answer = await api.rankings(rankingParams());
    ranking.querySelector('.body').replaceChildren(rankingTable({ ...answer, order: state.rank.order }, (key) => {
      state.rank.order = state.rank.figure === key && state.rank.order === 'desc' ? 'asc' : 'desc';
      state.rank.figure = key;
      renderControls();
      drawRanking();
    }, answer.by === 'PLACE' ? goTo : null));
  });
  ranking.querySelector('h2').appendChild(bySelect(render));
  drawScores();
  drawRanking();
}

async function refreshBoard() {
  if (document.hidden || !state.root) return;
  try {
    await loadRoot(state.root.code);
    const path = pathTo(state.root, state.place.code);
    if (!path) return;
    state.place = path[path.length - 1];
    const board = document.getElementById('panel-board');
    if (board) renderBoardPanel(board, document.getElementById('panel-cases'));
  } catch {
    // the next refresh tries again; the board keeps what it shows
  }
}

async function start() {
  try {
    state.reach = await api.reach();
  } catch (e) {
    failed(view, e);
    return;
  }
  document.getElementById('who').textContent = state.reach.username || '';
  if (!state.reach.places.length) {
    view.replaceChildren(h('p', { class: 'muted' }, '监督评价面向各级网格中心和领导；您的账号没有可查看的区域。'));
    return;
  }
  try {
    await loadRoot(state.reach.places[0].code);
  } catch (e) {
    failed(view, e);
    return;
  }
  state.place = state.root;
  render();
  window.setInterval(refreshBoard, BOARD_REFRESH_MS);
}

start();
