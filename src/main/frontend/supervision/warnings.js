// The four-level warnings (四级预警) in force for the place, as a banner; the district center
// can set one for the place shown and lift one.
import { h, chinaToday } from '../mobile/dom.js';
import { warnings, setWarning, liftWarning } from './api.js';

export const WARNING_LEVELS = [
  ['IV', 'Ⅳ级预警（蓝色）'],
  ['III', 'Ⅲ级预警（黄色）'],
  ['II', 'Ⅱ级预警（橙色）'],
  ['I', 'Ⅰ级预警（红色）'],
];

const SEVERITY = { I: 0, II: 1, III: 2, IV: 3 };

function span(w) {
  const [, m1, d1] = w.from.split('-').map(Number);
  const [, m2, d2] = w.to.split('-').map(Number);
  return `${m1}月${d1}日至${m2}月${d2}日`;
}

/**
 * Shows the warnings in force for the place (or above it).
 * @param reach GET /api/supervision/reach (maySetWarnings)
 * @param place {code, name} shown on the page
 */
export async function renderWarnings(section, reach, place, reload) {
  // in force today, and those set for days to come (not lifted, not over)
  const today = chinaToday();
  const list = (await warnings({ active: false, place: place.code }))
    .filter((w) => !w.liftedAt && w.to >= today)
    .sort((a, b) => (a.from > today) - (b.from > today) || SEVERITY[a.level] - SEVERITY[b.level]);
  const items = list.map((w) => h('div', { class: `warning level-${w.level}`, 'data-level': w.level, 'data-place': w.place, role: 'alert' },
    h('span', { class: 'level' }, w.levelLabel || w.level),
    h('span', {}, `${w.placeName || w.place} · ${span(w)}`, w.from > today ? h('strong', {}, '（尚未生效）') : null),
    h('span', { class: 'reason' }, w.reason),
    reach.maySetWarnings ? h('button', {
      type: 'button', class: 'close', style: 'margin-left:auto',
      onclick: async () => {
        const reason = window.prompt('解除预警的原因：');
        if (!reason || !reason.trim()) return;
        try {
          await liftWarning(w.id, reason.trim());
          reload();
        } catch (e) {
          window.alert(e.message);
        }
      },
    }, '解除') : null));
  if (reach.maySetWarnings) items.push(warningForm(place, reload));
  section.replaceChildren(...items);
  section.hidden = items.length === 0;
}

function warningForm(place, reload) {
  const today = chinaToday();
  const error = h('span', { class: 'error' });
  const form = h('form', { class: 'warning-form' },
    h('label', {}, '预警等级', h('select', { name: 'level' }, WARNING_LEVELS.map(([v, name]) => h('option', { value: v }, name)))),
    h('label', {}, '自', h('input', { type: 'date', name: 'from', value: today, min: today, required: true })),
    h('label', {}, '至', h('input', { type: 'date', name: 'to', value: today, min: today, required: true })),
    h('label', { class: 'grow' }, '原因', h('input', { type: 'text', name: 'reason', maxlength: 500, required: true, placeholder: '如：节日期间矛盾纠纷易发' })),
    h('button', { type: 'submit' }, `对${place.name}发布`),
    error);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      await setWarning({ place: place.code, level: data.get('level'), from: data.get('from'), to: data.get('to'), reason: data.get('reason') });
      reload();
    } catch (e) {
      error.textContent = e.message;
    }
  });
  return h('details', { class: 'warning-set' }, h('summary', {}, '发布四级预警'), form);
}
