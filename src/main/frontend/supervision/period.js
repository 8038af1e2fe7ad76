// The period picker: a day, a week (Monday to Sunday), a month, a quarter or any span of days,
// as dates in the district (YYYY-MM-DD, both ends included).
import { h, chinaToday } from '../mobile/dom.js';

const KINDS = [
  ['DAY', '日'],
  ['WEEK', '周'],
  ['MONTH', '月'],
  ['QUARTER', '季'],
  ['CUSTOM', '自定义'],
];

const pad = (n) => String(n).padStart(2, '0');
const iso = (d) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const parse = (text) => new Date(`${text}T00:00:00Z`);
const addDays = (d, n) => new Date(d.getTime() + n * 86400000);

/** The period of the kind around a day: {kind, from, to}. */
export function periodOf(kind, day, custom = {}) {
  const d = parse(day);
  switch (kind) {
    case 'DAY':
      return { kind, from: day, to: day };
    case 'WEEK': {
      const monday = addDays(d, -((d.getUTCDay() + 6) % 7));
      return { kind, from: iso(monday), to: iso(addDays(monday, 6)) };
    }
    case 'MONTH': {
      const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
      const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0));
      return { kind, from: iso(first), to: iso(last) };
    }
    case 'QUARTER': {
      const q = Math.floor(d.getUTCMonth() / 3);
      const first = new Date(Date.UTC(d.getUTCFullYear(), q * 3, 1));
      const last = new Date(Date.UTC(d.getUTCFullYear(), q * 3 + 3, 0));
      return { kind, from: iso(first), to: iso(last) };
    }
    default: {
      const from = custom.from || day;
      const to = custom.to && custom.to >= from ? custom.to : from;
      return { kind: 'CUSTOM', from, to };
    }
  }
}

/** The same kind of period before or after (step -1 / +1). */
export function shifted(period, step) {
  if (period.kind === 'CUSTOM' || period.kind === 'DAY' || period.kind === 'WEEK') {
    const days = Math.round((parse(period.to) - parse(period.from)) / 86400000) + 1;
    const from = iso(addDays(parse(period.from), step * days));
    return period.kind === 'CUSTOM'
      ? { kind: 'CUSTOM', from, to: iso(addDays(parse(period.to), step * days)) }
      : periodOf(period.kind, from);
  }
  const months = period.kind === 'MONTH' ? 1 : 3;
  const d = parse(period.from);
  return periodOf(period.kind, iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + step * months, 1))));
}

/** How the period reads: 2026年11月, 2026年第4季度, 11月16日–11月22日… */
export function label(period) {
  const [y, m, d] = period.from.split('-').map(Number);
  switch (period.kind) {
    case 'DAY':
      return `${y}年${m}月${d}日`;
    case 'MONTH':
      return `${y}年${m}月`;
    case 'QUARTER':
      return `${y}年第${Math.floor((m - 1) / 3) + 1}季度`;
    default: {
      const [, m2, d2] = period.to.split('-').map(Number);
      return `${m}月${d}日–${m2}月${d2}日`;
    }
  }
}

export function defaultPeriod() {
  return periodOf('MONTH', chinaToday());
}

/** The picker: kind buttons, previous/next, and for 自定义 two date fields. */
export function periodPicker(period, onChange) {
  const kinds = h('div', { class: 'segmented', role: 'group', 'aria-label': '统计周期' },
    KINDS.map(([kind, name]) => h('button', {
      type: 'button',
      class: kind === period.kind ? 'on' : '',
      'data-period': kind,
      'aria-pressed': kind === period.kind ? 'true' : 'false',
      onclick: () => onChange(periodOf(kind, kind === 'CUSTOM' ? period.from : period.to > chinaToday() ? chinaToday() : period.to,
        kind === 'CUSTOM' ? { from: period.from, to: period.to } : {})),
    }, name)));
  let span;
  if (period.kind === 'CUSTOM') {
    const from = h('input', { type: 'date', name: 'from', value: period.from, max: chinaToday() });
    const to = h('input', { type: 'date', name: 'to', value: period.to, max: chinaToday() });
    const changed = () => from.value && to.value && onChange(periodOf('CUSTOM', from.value, { from: from.value, to: to.value }));
    from.addEventListener('change', changed);
    to.addEventListener('change', changed);
    span = h('span', { class: 'span' }, from, '至', to);
  } else {
    const next = shifted(period, 1);
    span = h('span', { class: 'span' },
      h('button', { type: 'button', class: 'step', title: '上一期', onclick: () => onChange(shifted(period, -1)) }, '‹'),
      h('strong', { class: 'period-label' }, label(period)),
      h('button', { type: 'button', class: 'step', title: '下一期', disabled: next.from > chinaToday(), onclick: () => onChange(next) }, '›'));
  }
  return h('div', { class: 'period' }, kinds, span);
}

/**
 * The span and interval of the trend chart for a period: the last 30 days, 12 weeks, 12 months
 * or 8 quarters up to the period's end; a custom span by day (up to 62 days) or by week.
 */
export function trendRange(period) {
  const end = parse(period.to);
  switch (period.kind) {
    case 'DAY':
      return { interval: 'DAY', from: iso(addDays(end, -29)), to: period.to };
    case 'WEEK':
      return { interval: 'WEEK', from: iso(addDays(parse(period.from), -7 * 11)), to: period.to };
    case 'MONTH': {
      const first = parse(period.from);
      return { interval: 'MONTH', from: iso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 11, 1))), to: period.to };
    }
    case 'QUARTER': {
      const first = parse(period.from);
      return { interval: 'QUARTER', from: iso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 21, 1))), to: period.to };
    }
    default: {
      const days = Math.round((end - parse(period.from)) / 86400000) + 1;
      return { interval: days <= 62 ? 'DAY' : 'WEEK', from: period.from, to: period.to };
    }
  }
}

/** A trend point's label on the time axis. */
export function pointLabel(interval, point) {
  const [y, m, d] = point.from.split('-').map(Number);
  switch (interval) {
    case 'MONTH':
      return `${y}年${m}月`;
    case 'QUARTER':
      return `${y}年Q${Math.floor((m - 1) / 3) + 1}`;
    default:
      return `${m}月${d}日`;
  }
}
