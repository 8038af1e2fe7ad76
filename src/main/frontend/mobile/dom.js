// A tiny element builder: h('button', {class: 'big', onclick}, '认领').

import { DISTRICT_TIME_ZONE } from '../district.js';

export function h(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

/** Today in China Standard Time, as YYYY-MM-DD. */
export function chinaToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: DISTRICT_TIME_ZONE }).format(new Date());
}

/** A time as 11月22日 14:05 (China Standard Time). */
export function shown(instant) {
  if (!instant) return '';
  return new Intl.DateTimeFormat('zh-CN', {
    timeZone: DISTRICT_TIME_ZONE, month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(new Date(instant));
}

/** A time as 14:05 (China Standard Time). */
export function clock(instant) {
  if (!instant) return '';
  return new Intl.DateTimeFormat('zh-CN', { timeZone: DISTRICT_TIME_ZONE, hour: '2-digit', minute: '2-digit', hour12: false })
    .format(new Date(instant));
}

export function toast(message, kind = 'info') {
  const box = h('div', { class: `toast toast-${kind}`, role: 'status' }, message);
  document.body.appendChild(box);
  setTimeout(() => box.remove(), 3000);
}
