// The four-level warnings (四级预警) in force for the places the worker serves: a banner under the
// header, kept for offline use (the last answer) and refreshed with the page's retries.
import { get } from './api.js';
import { h } from './dom.js';

const KEPT = 'gc.warnings';

/** Draws the banner of the warnings in force (most severe first) into the element. */
export async function showWarnings(banner) {
  let warnings;
  try {
    warnings = await get('/api/supervision/warnings/mine');
    localStorage.setItem(KEPT, JSON.stringify(warnings));
  } catch (e) {
    warnings = JSON.parse(localStorage.getItem(KEPT) || '[]');
  }
  banner.hidden = warnings.length === 0;
  banner.replaceChildren(...warnings.map((w) => h('div', { class: `warning warning-${w.color}`, role: 'alert' },
    h('strong', {}, w.levelLabel), ` ${w.placeName}（${w.from} 至 ${w.to}）：${w.reason}`)));
}
