// A table whose columns can be sorted by clicking their heading.
import { h } from '../mobile/dom.js';

/**
 * @param columns [{key, label, text?: boolean, sortable?: boolean, cell(row) → node|string}]
 * @param sort {key, order: 'asc'|'desc'}: the sorted column (rows come already sorted)
 * @param onSort(key) called when a sortable heading is clicked
 */
export function sortableTable(columns, rows, sort, onSort) {
  const head = h('tr', {}, columns.map((column) => {
    const sorted = sort && sort.key === column.key;
    return h('th', {
      class: [`col-${column.key}`, column.text ? 'text' : '', column.sortable ? 'sortable' : '', sorted ? `sorted-${sort.order}` : ''].join(' ').trim(),
      'data-key': column.key,
      'aria-sort': sorted ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined,
      title: column.sortable ? '点击排序' : undefined,
      onclick: column.sortable ? () => onSort(column.key) : undefined,
    }, column.label);
  }));
  const body = rows.map((row) => h('tr', {},
    columns.map((column) => h('td', { class: `col-${column.key}${column.text ? ' text' : ''}` }, column.cell(row)))));
  return h('div', { class: 'table-box' }, h('table', {}, h('thead', {}, head), h('tbody', {}, body)));
}

/** Sorts rows in place by a value, nulls last. */
export function sortRows(rows, value, order) {
  const sign = order === 'asc' ? 1 : -1;
  return rows.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || x === undefined) return y === null || y === undefined ? 0 : 1;
    if (y === null || y === undefined) return -1;
    return typeof x === 'string' ? sign * x.localeCompare(y, 'zh-CN') : sign * (x - y);
  });
}
