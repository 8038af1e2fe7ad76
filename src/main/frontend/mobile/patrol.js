// 巡查: start and end a patrol of the worker's grid (一日双巡), the track drawn on the grid map,
// the reports filed on the way (findings), and the day's diary (民情日记).
import { get, post, put } from './api.js';
import { chinaToday, clock, h, toast } from './dom.js';
import { GridMap } from './map.js';
import { gridsAround } from './places.js';

export async function renderPatrol(view, app) {
  view.replaceChildren(h('p', { class: 'muted' }, '正在加载巡查记录…'));
  let day;
  try {
    day = await get('/api/patrols/mine');
  } catch (e) {
    view.replaceChildren(h('p', { class: 'notice' }, `无法加载巡查记录：${e.message}`));
    return;
  }
  app.setPatrol(day.underWay);
  const gridCode = day.underWay ? day.underWay.gridCode : day.homeGrid;
  if (!gridCode) {
    view.replaceChildren(h('h2', {}, '巡查'), h('p', { class: 'notice' }, '您没有负责的网格，无需巡查。'));
    return;
  }
  const finished = day.patrols.filter((p) => p.endedAt).length;
  const status = h('div', { class: `card patrol-count ${finished >= 2 ? 'ok' : 'short'}` },
    h('strong', {}, `今日已完成巡查 ${finished} 次`), h('span', {}, finished >= 2 ? '已完成一日双巡' : `一日双巡，还差 ${2 - finished} 次`));
  const current = h('section', { class: 'current-patrol' });
  const mapBox = h('div', { class: 'map-box' });
  const diary = diaryForm(day, gridCode);
  view.replaceChildren(h('h2', {}, '巡查'), status, current, mapBox,
    h('h3', {}, '今日巡查'), history(day.patrols), diary);
  const grids = await gridsAround(gridCode);
  const map = new GridMap(mapBox, null);

  function drawCurrent() {
    const patrol = app.patrol;
    map.show({ grids, current: gridCode, track: patrol ? patrol.track : [], pin: app.lastPosition || null });
    if (patrol) {
      current.replaceChildren(h('div', { class: 'card under-way' },
        h('strong', {}, '巡查中'),
        h('div', {}, `开始于 ${clock(patrol.startedAt)} · 轨迹点 ${patrol.pointCount} 个 · 发现问题 ${patrol.findings.length} 个`),
        patrol.findings.length ? h('div', { class: 'muted' }, `受理编号：${patrol.findings.join('、')}`) : null,
        h('button', {
          class: 'big danger', onclick: async (event) => {
            event.target.disabled = true;
            try {
              await app.flushTrack();
              await post(`/api/patrols/${patrol.id}/end`);
              toast('巡查已结束');
            } catch (e) {
              toast(`结束失败：${e.message}`, 'error');
            }
            renderPatrol(view, app);
          },
        }, '结束巡查')));
    } else {
      current.replaceChildren(h('button', {
        class: 'big primary', onclick: async (event) => {
          event.target.disabled = true;
          try {
            app.setPatrol(await post('/api/patrols', { gridCode }));
            toast('巡查已开始，沿途上报的问题会记入本次巡查');
          } catch (e) {
            toast(`无法开始巡查：${e.message}`, 'error');
          }
          renderPatrol(view, app);
        },
      }, '开始巡查'));
    }
  }
  app.onPatrolChange(drawCurrent);
  drawCurrent();
}

function history(patrols) {
  if (!patrols.length) return h('p', { class: 'muted' }, '今天还没有巡查');
  return h('ol', { class: 'patrols' }, patrols.map((p) => h('li', {},
    `${clock(p.startedAt)} – ${p.endedAt ? clock(p.endedAt) : '进行中'} · 轨迹点 ${p.pointCount} 个 · 发现 ${p.findings.length} 个`)));
}

function diaryForm(day, gridCode) {
  const saved = h('small', { class: 'muted' }, day.diary ? `已保存 ${clock(day.diary.updatedAt)}` : '');
  const text = h('textarea', { name: 'diary', rows: 4, placeholder: '今天走访了哪些住户，听到了什么诉求、看到了什么情况' });
  text.value = day.diary ? day.diary.text : '';
  const form = h('form', { class: 'diary' }, h('h3', {}, `民情日记（${day.day}）`), text,
    h('button', { type: 'submit', class: 'big secondary' }, '保存日记'), saved);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!text.value.trim()) {
      toast('请先写下日记内容', 'error');
      return;
    }
    try {
      const entry = await put('/api/patrols/diary', { day: day.day || chinaToday(), gridCode, text: text.value });
      saved.textContent = `已保存 ${clock(entry.updatedAt)}`;
      toast('日记已保存');
    } catch (e) {
      toast(`保存失败：${e.message}`, 'error');
    }
  });
  return form;
}
