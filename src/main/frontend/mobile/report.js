// 上报: file a report with camera photos at the phone's position. The grid is found from the
// point (the server, or the kept boundaries when offline) and the pin can be moved on the map.
// Reports go to the outbox first and are sent from there, now or once the phone is online.
import { get, NetworkError } from './api.js';
import { h, shown, toast } from './dom.js';
import { gridAt, position } from './geo.js';
import { GridMap } from './map.js';
import { categories, gridsAround } from './places.js';
import * as outbox from './outbox.js';

const MAX_PHOTOS = 9;
const MAX_EDGE = 1600;

export async function renderReport(view, app) {
  const state = { pin: null, grid: null, grids: [], photos: [] };
  const list = await categories();
  const groups = [...new Set(list.map((c) => c.group))];
  const where = h('div', { class: 'where muted' }, '正在定位…');
  const mapBox = h('div', { class: 'map-box' });
  const thumbs = h('div', { class: 'thumbs' });
  const camera = h('input', { type: 'file', accept: 'image/*', capture: 'environment', multiple: true, class: 'file', id: 'photo-input' });
  const form = h('form', { class: 'report-form', novalidate: true },
    h('label', { class: 'field' }, '问题类别 *',
      h('select', { name: 'subcategory', required: true },
        h('option', { value: '' }, '请选择'),
        groups.map((group) => h('optgroup', { label: group },
          list.filter((c) => c.group === group).map((c) => h('option', { value: c.code }, c.name)))))),
    h('label', { class: 'field' }, '问题描述 *', h('textarea', { name: 'description', rows: 3, required: true, placeholder: '看到了什么问题，在哪个位置' })),
    h('label', { class: 'field' }, '地址', h('input', { name: 'address', type: 'text', placeholder: '如：顺河路1号院东门' })),
    h('div', { class: 'field' }, '现场照片',
      h('label', { class: 'big secondary camera', for: 'photo-input' }, '拍照 / 选择照片'), camera, thumbs),
    h('div', { class: 'field' }, '位置', where, mapBox,
      h('button', { type: 'button', class: 'big secondary', onclick: () => locateMe() }, '重新定位')),
    h('p', { class: 'error', hidden: true }),
    h('button', { type: 'submit', class: 'big primary' }, '提交上报'));
  const queue = h('section', { class: 'queue' });
  view.replaceChildren(h('h2', {}, '上报问题'), form, queue);
  const map = new GridMap(mapBox, (picked) => place(picked, '已在地图上选定位置'));

  camera.addEventListener('change', async () => {
    for (const file of [...camera.files].slice(0, MAX_PHOTOS - state.photos.length)) {
      state.photos.push(await shrink(file));
    }
    camera.value = '';
    drawThumbs();
  });

  function drawThumbs() {
    thumbs.replaceChildren(...state.photos.map((photo, i) => {
      const url = URL.createObjectURL(photo);
      return h('figure', { class: 'thumb' }, h('img', { src: url, alt: `照片${i + 1}` }),
        h('button', { type: 'button', class: 'remove', 'aria-label': '删除照片', onclick: () => { state.photos.splice(i, 1); drawThumbs(); } }, '×'));
    }));
  }

  async function locateMe() {
    where.textContent = '正在定位…';
    try {
      const p = await position();
      await place(p, `已定位（精度约 ${Math.round(p.accuracy || 0)} 米）`);
    } catch (e) {
      where.textContent = e.message;
      state.grids = await gridsAround(app.homeGrid);
      map.show({ grids: state.grids, pin: state.pin, current: state.grid && state.grid.code });
    }
  }

  async function place(point, how) {
    state.pin = { lon: point.lon, lat: point.lat };
    let grid = null;
    try {
      grid = await get(`/api/grids/at?lon=${point.lon}&lat=${point.lat}`);
    } catch (e) {
      if (e instanceof NetworkError) grid = gridAt(state.grids.length ? state.grids : await gridsAround(app.homeGrid), point.lon, point.lat);
    }
    state.grid = grid;
    if (grid) state.grids = await gridsAround(grid.code);
    else if (!state.grids.length) state.grids = await gridsAround(app.homeGrid);
    where.replaceChildren(
      h('span', { class: grid ? 'grid-found' : 'error' }, grid ? `所在网格：${grid.name}（${grid.code}）` : '该位置不在本区任何网格内，请在地图上重新点选'),
      h('br'), h('small', {}, `${how} · 经度 ${state.pin.lon.toFixed(5)} 纬度 ${state.pin.lat.toFixed(5)} · 点击地图可调整位置`));
    map.show({ grids: state.grids, pin: state.pin, current: grid && grid.code });
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = form.querySelector('.error');
    const problems = [];
    if (!form.elements.subcategory.value) problems.push('请选择问题类别');
    if (form.elements.description.value.trim().length < 4) problems.push('问题描述至少4个字');
    if (!state.pin) problems.push('请定位或在地图上点选位置');
    if (problems.length) {
      error.hidden = false;
      error.textContent = problems.join('；');
      return;
    }
    error.hidden = true;
    const report = {
      channel: 'PATROL',
      subcategory: form.elements.subcategory.value,
      description: form.elements.description.value.trim(),
      address: form.elements.address.value.trim() || null,
      lon: state.pin.lon,
      lat: state.pin.lat,
      reporter: { name: app.displayName },
    };
    await outbox.enqueue({ report, photos: state.photos, patrolId: app.patrol ? app.patrol.id : null });
    form.reset();
    state.photos = [];
    drawThumbs();
    toast(navigator.onLine ? '正在发送…' : '当前离线，上报已保存，联网后自动发送');
    await app.sendWaiting();
  });

  async function drawQueue() {
    const waiting = await outbox.waiting();
    const done = await outbox.sent();
    queue.replaceChildren(...[
      h('h3', {}, `待发送（${waiting.length}）`),
      waiting.length ? waiting.map((item) => h('div', { class: 'card queued', 'data-key': item.key },
        h('div', {}, item.report.description),
        h('small', { class: 'muted' }, `${shown(item.filedAt)} 填报 · ${(item.photos || []).length} 张照片`),
        item.error ? h('div', { class: 'error' }, `无法发送：${item.error}`,
          h('button', { type: 'button', class: 'small', onclick: async () => { await outbox.discard(item.key); drawQueue(); } }, '删除')) : null))
        : h('p', { class: 'muted' }, '没有待发送的上报'),
      h('h3', {}, '最近已发送'),
      done.length ? done.map((item) => h('div', { class: 'card sent', 'data-key': item.key },
        h('div', { class: 'tracking' }, `受理编号 ${item.trackingNumber}`),
        h('div', {}, item.description),
        h('small', { class: 'muted' }, `${shown(item.sentAt)} 已发送 · 网格 ${item.gridCode}${item.linkedToExistingCase ? ' · 已并入同一案件' : ''}`)))
        : h('p', { class: 'muted' }, '暂无')].flat());
  }

  app.onOutboxChange(drawQueue);
  drawQueue();
  locateMe();
}

/** Large camera photos are scaled down to at most 1600 px on the long edge (JPEG). */
async function shrink(file) {
  if (!file.type.startsWith('image/')) return file;
  let bitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return file;
  }
  const scale = Math.min(1, MAX_EDGE / Math.max(bitmap.width, bitmap.height));
  if (scale === 1 && file.size <= 1024 * 1024) return file;
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob((blob) => resolve(blob || file), 'image/jpeg', 0.82));
}
