// The live light board: green/yellow/red counts of the running cases of the place and of each
// place one level down; a place drills down, a count opens the list of those cases.
import { h } from '../mobile/dom.js';
import { LIGHTS } from './figures.js';
import { sortableTable, sortRows } from './table.js';

const total = (counts) => LIGHTS.reduce((sum, [light]) => sum + (counts[light] || 0), 0);

/** 顺河社区第1网格 under 顺河社区 reads 第1网格: the breadcrumbs name the parent. */
function shortName(name, parentName) {
  return name.length > parentName.length && name.startsWith(parentName) ? name.slice(parentName.length) : name;
}

function lightBar(counts) {
  const all = total(counts);
  return h('div', { class: 'lightbar', title: LIGHTS.map(([l, name]) => `${name} ${counts[l] || 0}`).join('，') },
    all === 0 ? [] : LIGHTS.map(([light]) => h('span', { class: light, style: `width:${(100 * (counts[light] || 0)) / all}%` })));
}

function countButton(node, light, onCases) {
  const n = node.counts[light] || 0;
  const name = LIGHTS.find(([l]) => l === light)[1];
  return h('button', {
    type: 'button',
    class: `count ${light}${n === 0 ? ' zero' : ''}`,
    'data-light': light,
    'data-place': node.code,
    disabled: n === 0,
    title: n === 0 ? undefined : `查看${node.name}的${name}案件`,
    onclick: () => onCases(node, light),
  }, String(n));
}

/**
 * @param node the light tree of the current place (GET /api/supervision/lights)
 * @param state {sort: {key, order}} the board's own sort, kept across redraws
 */
export function renderBoard(panel, node, state, { onPlace, onCases }) {
  const totals = h('div', { class: 'totals' }, LIGHTS.map(([light, name, meaning]) => h('button', {
    type: 'button',
    class: `total ${light}`,
    'data-total': light,
    title: `查看全部${name}案件`,
    onclick: () => onCases(node, light),
  }, h('span', { class: 'n' }, String(node.counts[light] || 0)), `${name}（${meaning}）`)));

  const children = node.children && node.children.length ? [...node.children] : [node];
  const sort = state.sort;
  const value = sort.key === 'name' ? (n) => n.code
    : sort.key === 'total' ? (n) => total(n.counts) : (n) => n.counts[sort.key] || 0;
  sortRows(children, value, sort.order);
  const columns = [
    {
      key: 'name', label: '区域', text: true, sortable: true,
      cell: (n) => (n === node ? h('strong', {}, n.name)
        : h('button', { type: 'button', class: 'place', 'data-place': n.code, title: n.name, onclick: () => onPlace(n.code) },
          shortName(n.name, node.name))),
    },
    { key: 'bar', label: '分布', text: true, cell: (n) => lightBar(n.counts) },
    ...LIGHTS.map(([light, name]) => ({ key: light, label: name, sortable: true, cell: (n) => countButton(n, light, onCases) })),
    { key: 'total', label: '在办', sortable: true, cell: (n) => String(total(n.counts)) },
  ];
  const table = sortableTable(columns, children, sort, (key) => {
    state.sort = { key, order: sort.key === key && sort.order === 'desc' ? 'asc' : key === 'name' ? 'asc' : 'desc' };
    renderBoard(panel, node, state, { onPlace, onCases });
  });
  panel.querySelector('.body').replaceChildren(totals, table);
}
