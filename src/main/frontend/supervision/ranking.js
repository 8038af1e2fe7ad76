// Rankings (one row per place one level down, department or person, ranked by a figure the user
// picks by clicking a heading) and scores with grades A–E.
import { h } from '../mobile/dom.js';
import { BY_NAME, RANKING_COLUMNS } from './figures.js';
import { sortableTable, sortRows } from './table.js';

function nameCell(row, by, onPlace) {
  if (by === 'PLACE' && onPlace) {
    return h('button', { type: 'button', class: 'place', 'data-place': row.code, onclick: () => onPlace(row.code) }, row.name);
  }
  return row.name || row.code;
}

/** @param answer GET /api/supervision/rankings; sort {key: figure, order} as asked of the server */
export function rankingTable(answer, onSort, onPlace) {
  const columns = [
    { key: 'rank', label: '名次', cell: (r) => (r.rank === null || r.rank === undefined ? '—' : String(r.rank)) },
    { key: 'name', label: answer.by === 'PERSON' ? '人员' : answer.by === 'DEPARTMENT' ? '部门' : '区域', text: true, cell: (r) => nameCell(r, answer.by, onPlace) },
    ...RANKING_COLUMNS.map((figure) => ({
      key: figure.name, label: figure.label, sortable: true, cell: (r) => figure.format(figure.value(r.figures)),
    })),
    {
      key: 'score', label: '综合得分', sortable: true,
      cell: (r) => (r.score === null || r.score === undefined ? '—' : h('span', {}, r.score.toFixed(1), ' ', gradeCell(r.grade))),
    },
  ];
  if (!answer.rows.length) return h('p', { class: 'muted' }, '本期没有数据。');
  return sortableTable(columns, answer.rows, { key: answer.figure, order: answer.order || 'desc' }, onSort);
}

function gradeCell(grade) {
  return grade ? h('span', { class: `grade ${grade}` }, grade) : '—';
}

/** @param answer GET /api/supervision/scores; sort {key, order} sorted here (score or a part) */
export function scoreTable(answer, sort, onSort, onPlace) {
  if (!answer.rows.length) return h('p', { class: 'muted' }, '本期没有数据。');
  const parts = (answer.rows.find((r) => r.parts && r.parts.length) || { parts: [] }).parts;
  const part = (row, figure) => (row.parts || []).find((p) => p.figure === figure);
  const columns = [
    { key: 'rank', label: '名次', sortable: true, cell: (r) => (r.rank === null || r.rank === undefined ? '—' : String(r.rank)) },
    { key: 'name', label: answer.by === 'PERSON' ? '人员' : answer.by === 'DEPARTMENT' ? '部门' : '区域', text: true, cell: (r) => nameCell(r, answer.by, onPlace) },
    { key: 'score', label: '综合得分', sortable: true, cell: (r) => (r.score === null || r.score === undefined ? '—' : r.score.toFixed(2)) },
    { key: 'grade', label: '等级', cell: (r) => gradeCell(r.grade) },
    ...parts.map((p) => ({
      key: p.figure,
      label: h('span', { class: 'part' }, p.label, h('small', {}, `权重${Math.round(p.weight * 100)}%`)),
      sortable: true,
      cell: (r) => {
        const mine = part(r, p.figure);
        if (!mine || mine.points === null || mine.points === undefined) return '—';
        const figure = BY_NAME.get(p.figure);
        return h('span', { title: figure ? `${figure.label} ${figure.format(mine.value)}` : '' }, mine.points.toFixed(1));
      },
    })),
  ];
  const value = sort.key === 'rank' ? (r) => r.rank : sort.key === 'score' ? (r) => r.score
    : (r) => part(r, sort.key)?.points;
  const rows = sortRows([...answer.rows], value, sort.order);
  return sortableTable(columns, rows, sort, onSort);
}
