// The running cases behind a light-board cell, a page at a time; each opens its printable trace.
import { h, shown } from '../mobile/dom.js';
import { cases } from './api.js';
import { LIGHTS } from './figures.js';

const PAGE_SIZE = 20;

/**
 * @param drill {place: {code, name}, light, page}
 * @param placeName code → name of the places on the board (for the grid column)
 */
export async function renderCases(panel, drill, placeName, onClose) {
  const lightName = LIGHTS.find(([l]) => l === drill.light)[1];
  panel.querySelector('h2').replaceChildren(
    h('span', { class: `dot ${drill.light}` }), `${drill.place.name} · ${lightName}案件`,
    h('span', { class: 'hint' }, '在办案件，点击受理编号查看案件全程记录'),
    h('span', { class: 'tools' }, h('button', { type: 'button', class: 'close', onclick: onClose }, '关闭')));
  const body = panel.querySelector('.body');
  body.replaceChildren(h('p', { class: 'muted' }, '正在加载…'));
  const answer = await cases({ place: drill.place.code, light: drill.light, page: drill.page, size: PAGE_SIZE });
  if (!answer.cases.length) {
    body.replaceChildren(h('p', { class: 'muted' }, `没有${lightName}案件。`));
    return;
  }
  const rows = answer.cases.map((c) => h('tr', { class: 'case-row', 'data-case': c.id },
    h('td', {}, h('a', { href: `/cases/${encodeURIComponent(c.id)}/trace`, target: '_blank', rel: 'noopener' }, c.trackingNumber || c.id)),
    h('td', { class: 'text' }, c.issueTypeLabel || c.issueType),
    h('td', { class: 'text' }, placeName(c.gridCode)),
    h('td', { class: 'text' }, c.stepLabel || c.step),
    h('td', {}, h('span', { class: `dot ${c.light}` }), LIGHTS.find(([l]) => l === c.light)?.[1] || ''),
    h('td', {}, shown(c.openedAt)),
    h('td', {}, shown(c.stepDueAt)),
    h('td', {}, shown(c.caseDueAt))));
  const pages = Math.max(1, Math.ceil(answer.total / answer.size));
  const go = (page) => renderCases(panel, { ...drill, page }, placeName, onClose);
  body.replaceChildren(
    h('div', { class: 'table-box' }, h('table', {},
      h('thead', {}, h('tr', {}, ['受理编号', '类别', '网格', '当前环节', '灯', '受理时间', '环节时限', '办结时限']
        .map((name, i) => h('th', { class: i > 0 && i < 4 ? 'text' : '' }, name)))),
      h('tbody', {}, rows))),
    h('div', { class: 'pager' },
      h('span', { class: 'muted' }, `共 ${answer.total} 件，第 ${answer.page + 1}/${pages} 页`),
      h('button', { type: 'button', disabled: answer.page === 0, onclick: () => go(answer.page - 1) }, '上一页'),
      h('button', { type: 'button', disabled: answer.page + 1 >= pages, onclick: () => go(answer.page + 1) }, '下一页')));
}
