// 站点: for a community station (street, district): the grids whose staff made fewer than two
// patrols today.
import { get } from './api.js';
import { h } from './dom.js';

export async function renderStation(view, app) {
  const place = app.watchedPlace;
  view.replaceChildren(h('p', { class: 'muted' }, '正在加载…'));
  let missed;
  try {
    missed = await get(`/api/patrols/missed?place=${place.code}`);
  } catch (e) {
    view.replaceChildren(h('p', { class: 'notice' }, `无法加载：${e.message}`));
    return;
  }
  view.replaceChildren(
    h('h2', {}, '今日巡查未达标网格'),
    h('p', { class: 'muted' }, `${missed.placeName} · ${missed.day} · 一日双巡（每格每天至少 ${missed.required} 次）`),
    h('div', { class: `card patrol-count ${missed.grids.length ? 'short' : 'ok'}` },
      h('strong', {}, `${missed.grids.length} / ${missed.gridCount} 个网格巡查不足`)),
    missed.grids.length ? h('ul', { class: 'missed' }, missed.grids.map((g) => h('li', { class: 'card', 'data-grid': g.code },
      h('div', { class: 'missed-head' }, h('strong', {}, g.name), h('span', { class: g.patrols ? 'badge yellow' : 'badge red' }, `已巡 ${g.patrols} 次`)),
      h('small', { class: 'muted' }, `${g.code} · 网格员 ${g.gridWorkers.join('、') || '（无）'}`))))
      : h('p', {}, '所有网格今日均已完成两次巡查。'));
}
