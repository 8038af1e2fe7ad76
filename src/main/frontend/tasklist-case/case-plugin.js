/*
 * GridCase in Tasklist (Community Edition plugins, one ES module):
 *  - every task card shows its case: tracking number (from the task's description), issue type
 *    and address (asked once per task) and the light as a coloured dot with 绿/黄/红 (the task's
 *    own variable, embedded in the list by the filters);
 *  - every filter in the list shows how many tasks it holds (Tasklist counts only the open one);
 *  - a task tab 案件信息 shows the case summary, its photos as thumbnails (click to enlarge) and
 *    its history so far, read from GridCase's /api with the login session.
 *
 * Texts are Simplified Chinese. Everything is read with the user's own session, so the engine's
 * authorizations and GridCase's case access policy decide what a user sees.
 */
import pluginCss from './case-plugin.css';
import { DISTRICT_TIME_ZONE } from '../district.js';

const LIGHTS = {
  GREEN: { text: '绿', title: '绿灯：时限内' },
  YELLOW: { text: '黄', title: '黄灯：临近时限' },
  RED: { text: '红', title: '红灯：已超时' }
};


const SEVERITIES = { GENERAL: '一般', MAJOR: '重大', EMERGENCY: '紧急' };

const CARD_VARIABLES = ['issueType', 'address', 'light'];

const CASE_VARIABLES = ['caseId', 'issueType', 'severity', 'address', 'description', 'light', 'deadline', 'timeLimit'];

const SHOWN_TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: DISTRICT_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false
});

// ---------------------------------------------------------------- helpers

function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.substring(2), value);
    } else {
      element.setAttribute(name, value);
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== undefined && child !== null && child !== false) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

function injectStyles() {
  if (!document.getElementById('gridcase-case-styles')) {
    document.head.append(el('style', { id: 'gridcase-case-styles' }, pluginCss));
  }
}

function shownTime(value) {
  return value ? SHOWN_TIME.format(new Date(value)).replace(/\//g, '-') : '';
}

/**
 * The tracking number our engine plugin writes at the end of the task's description
 * ("受理编号：20261123-585253"; the label may be worded otherwise, the number comes last).
 */
function trackingNumberOf(task) {
  const words = ((task && task.description) || '').trim().split(/[\s:：]+/);
  return words.length > 1 ? words[words.length - 1] : null;
}

function lightBadge(light) {
  const shown = LIGHTS[light];
  if (!shown) {
    return null;
  }
  return el('span', { class: `gc-light gc-light-${light.toLowerCase()}`, title: shown.title },
    el('span', { class: 'gc-dot' }), shown.text);
}

async function getJson(url, token) {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: token ? { Accept: 'application/json', 'X-XSRF-TOKEN': token } : { Accept: 'application/json' }
  });
  if (!response.ok) {
    const error = new Error(`${response.status} ${url}`);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/**
 * The issue types' names from GridCase's catalogue (data administrators keep, so a new issue type
 * reads in Chinese at once), asked once per page; the code where the catalogue cannot be read.
 */
let issueTypeNames = null;

function loadIssueTypeNames() {
  if (!issueTypeNames) {
    issueTypeNames = getJson('/api/catalogue/issue-types')
      .then((types) => Object.fromEntries(types.map((type) => [type.code, type.name])))
      .catch(() => {
        issueTypeNames = null;
        return {};
      });
  }
  return issueTypeNames;
}

function engineGet(api, path) {
  return getJson(`${api.engineApi}${path}`, api.CSRFToken);
}

/** Variable values by name, from the engine's {name: {value, type}} answer. */
function values(variables) {
  return Object.fromEntries(Object.entries(variables || {}).map(([name, variable]) => [name, variable.value]));
}

// ---------------------------------------------------------------- task cards

/** The variables the filter embedded in the list (filter property "variables"), if it did. */
function embeddedVariables(task) {
  const embedded = (task && task._embedded && task._embedded.variable) || [];
  return Object.fromEntries(embedded.map((variable) => [variable.name, variable.value]));
}

/**
 * Issue type and address of each task's case, asked once per task: the list embeds only what
 * the user may read there (the task's own light), not the variables of the case's process.
 */
const caseFacts = new Map();

async function cardVariables(api, task) {
  const embedded = embeddedVariables(task);
  let facts = caseFacts.get(task.id);
  if (facts && 'light' in embedded) {
    return { ...facts, light: embedded.light };
  }
  const fetched = values(await engineGet(api, `/task/${encodeURIComponent(task.id)}/variables?variableNames=${CARD_VARIABLES.join(',')}&deserializeValues=false`));
  facts = { issueType: fetched.issueType, address: fetched.address };
  if (caseFacts.size > 1000) {
    caseFacts.clear();
  }
  caseFacts.set(task.id, facts);
  return { ...facts, light: 'light' in embedded ? embedded.light : fetched.light };
}

async function renderCard(node, api, task) {
  injectStyles();
  const trackingNumber = trackingNumberOf(task);
  let variables = {};
  try {
    variables = await cardVariables(api, task);
  } catch (error) {
    variables = {};
  }
  if (!trackingNumber && !variables.issueType && !variables.light) {
    return; // not a task of a case
  }
  const names = await loadIssueTypeNames();
  node.replaceChildren(el('div', { class: 'gc-card' },
    lightBadge(variables.light),
    trackingNumber && el('span', { class: 'gc-tracking', title: '受理编号' }, trackingNumber),
    variables.issueType && el('span', { class: 'gc-issue-type', title: '问题类型' }, names[variables.issueType] || variables.issueType),
    variables.address && el('span', { class: 'gc-address', title: variables.address }, variables.address)));
  // the list's own variable lines would repeat the same values as codes
  const details = node.closest('.task-card-details');
  const raw = details && details.querySelector('[data-plugin-id="tasklist-card-variables"]');
  if (raw) {
    raw.classList.add('gc-hidden');
  }
}

// ---------------------------------------------------------------- filter counts

const filterCounts = {
  api: null,
  timer: null,
  lastFetch: 0,
  counts: [],

  start(api) {
    this.api = api;
    if (this.observer) {
      return;
    }
    this.observer = new MutationObserver((mutations) => {
      if (mutations.some((mutation) => !(mutation.target.closest && mutation.target.closest('.gc-filter-count'))
          && !(mutation.target.parentElement && mutation.target.parentElement.closest('.gc-filter-count')))) {
        this.schedule();
      }
    });
    this.observer.observe(document.body, { childList: true, subtree: true });
    window.setInterval(() => this.schedule(), 15000);
    this.schedule();
  },

  schedule() {
    if (this.timer) {
      return;
    }
    const wait = Math.max(300, 2000 - (Date.now() - this.lastFetch));
    this.timer = window.setTimeout(() => {
      this.timer = null;
      this.refresh();
    }, wait);
  },

  async refresh() {
    if (!this.api || !document.querySelector('.task-filter')) {
      return;
    }
    this.lastFetch = Date.now();
    try {
      this.counts = await engineGet(this.api, '/filter?resourceType=Task&itemCount=true');
    } catch (error) {
      return;
    }
    this.show();
  },

  show() {
    const byName = new Map();
    this.counts.forEach((filter) => {
      byName.set(filter.name, (byName.get(filter.name) || []).concat(filter));
    });
    const used = new Map();
    document.querySelectorAll('.task-filter').forEach((item) => {
      const link = item.querySelector('h4.name a');
      if (!link) {
        return;
      }
      const name = Array.from(link.childNodes)
        .filter((child) => child.nodeType === Node.TEXT_NODE)
        .map((child) => child.textContent)
        .join('')
        .trim();
      const index = used.get(name) || 0;
      used.set(name, index + 1);
      const filter = (byName.get(name) || [])[index];
      let badge = link.querySelector('.gc-filter-count');
      if (!filter || typeof filter.itemCount !== 'number') {
        if (badge) {
          badge.remove();
        }
        return;
      }
      if (!badge) {
        badge = el('span', { class: 'gc-filter-count' });
        link.append(badge);
      }
      if (badge.textContent !== String(filter.itemCount)) {
        badge.textContent = String(filter.itemCount);
      }
      badge.setAttribute('data-filter-id', filter.id);
      badge.setAttribute('title', `${filter.itemCount} 个任务`);
      badge.classList.toggle('gc-filter-count-empty', filter.itemCount === 0);
    });
  }
};

// ---------------------------------------------------------------- the 案件信息 tab

function lightbox(photos, start) {
  let index = start;
  const image = el('img', { class: 'gc-lightbox-image', alt: '' });
  const caption = el('div', { class: 'gc-lightbox-caption' });
  const overlay = el('div', { class: 'gc-lightbox', role: 'dialog', 'aria-label': '查看照片' });
  function show() {
    const photo = photos[index];
    image.setAttribute('src', photo.url);
    image.setAttribute('alt', photo.fileName || '现场照片');
    caption.textContent = `${index + 1} / ${photos.length}　${photo.fileName || ''}　${shownTime(photo.uploadedAt)}`;
  }
  function close() {
    document.removeEventListener('keydown', onKey);
    overlay.remove();
  }
  function step(delta) {
    index = (index + delta + photos.length) % photos.length;
    show();
  }
  function onKey(event) {
    if (event.key === 'Escape') {
      close();
    } else if (event.key === 'ArrowRight') {
      step(1);
    } else if (event.key === 'ArrowLeft') {
      step(-1);
    }
  }
  overlay.append(image, caption,
    el('button', { type: 'button', class: 'gc-lightbox-close', title: '关闭', onclick: close }, '关闭 ×'),
    photos.length > 1 && el('button', { type: 'button', class: 'gc-lightbox-prev', title: '上一张', onclick: (event) => { event.stopPropagation(); step(-1); } }, '‹'),
    photos.length > 1 && el('button', { type: 'button', class: 'gc-lightbox-next', title: '下一张', onclick: (event) => { event.stopPropagation(); step(1); } }, '›'));
  overlay.addEventListener('click', (event) => {
    if (event.target === overlay) {
      close();
    }
  });
  document.addEventListener('keydown', onKey);
  document.body.append(overlay);
  show();
}

function summarySection(task, variables, names) {
  const rows = [
    ['受理编号', trackingNumberOf(task)],
    ['问题类型', names[variables.issueType] || variables.issueType],
    ['紧急程度', SEVERITIES[variables.severity] || variables.severity],
    ['事发地址', variables.address],
    ['问题描述', variables.description],
    ['办理时限', variables.timeLimit],
    ['截止时间', variables.deadline],
    ['时限状态', lightBadge(variables.light)]
  ].filter(([, value]) => value);
  return el('section', { class: 'gc-section gc-summary' }, el('h4', {}, '案件概要'),
    el('dl', { class: 'gc-facts' }, rows.map(([label, value]) => [el('dt', {}, label), el('dd', {}, value)])));
}

function photosSection(photos) {
  const section = el('section', { class: 'gc-section gc-photos' }, el('h4', {}, `现场照片（${photos.length}）`));
  if (!photos.length) {
    section.append(el('p', { class: 'gc-empty' }, '该案件没有照片。'));
    return section;
  }
  section.append(el('div', { class: 'gc-thumbnails' }, photos.map((photo, index) => el('button', {
    type: 'button',
    class: 'gc-thumbnail',
    title: `${photo.fileName || '现场照片'}（点击放大）`,
    onclick: () => lightbox(photos, index)
  }, el('img', { src: photo.url, alt: photo.fileName || '现场照片', loading: 'lazy' })))));
  return section;
}

function historySection(timeline) {
  const section = el('section', { class: 'gc-section gc-history' }, el('h4', {}, '办理经过'));
  if (!timeline.length) {
    section.append(el('p', { class: 'gc-empty' }, '暂无记录。'));
    return section;
  }
  section.append(el('ol', { class: 'gc-timeline' }, timeline.map((entry) => el('li', { class: 'gc-timeline-entry' },
    el('span', { class: 'gc-time' }, shownTime(entry.at)),
    el('span', { class: 'gc-actor' }, entry.actor === 'system' ? '系统' : entry.actor),
    el('span', { class: 'gc-text' }, entry.text)))));
  return section;
}

async function renderCaseTab(node, api, taskId) {
  injectStyles();
  const container = el('div', { class: 'gc-case' }, el('p', { class: 'gc-loading' }, '正在读取案件信息…'));
  node.replaceChildren(container);
  try {
    const [task, variables] = await Promise.all([
      engineGet(api, `/task/${encodeURIComponent(taskId)}`),
      engineGet(api, `/task/${encodeURIComponent(taskId)}/variables?variableNames=${CASE_VARIABLES.join(',')}&deserializeValues=false`).then(values)
    ]);
    if (!variables.caseId) {
      container.replaceChildren(el('p', { class: 'gc-empty' }, '该任务不属于案件。'));
      return;
    }
    const caseUrl = `/api/cases/${encodeURIComponent(variables.caseId)}`;
    const [detail, photos, names] = await Promise.all([
      getJson(caseUrl).catch(() => null),
      getJson(`${caseUrl}/attachments`).catch(() => null),
      loadIssueTypeNames()
    ]);
    container.replaceChildren(summarySection(task, variables, names),
      photos ? photosSection(photos) : el('p', { class: 'gc-empty' }, '无权查看该案件的照片。'),
      detail ? historySection(detail.timeline || []) : el('p', { class: 'gc-empty' }, '无权查看该案件的办理经过。'));
  } catch (error) {
    container.replaceChildren(el('p', { class: 'gc-error' }, `读取案件信息失败（${error.status || error.message}）。`));
  }
}

// ---------------------------------------------------------------- plugins

export default [
  {
    id: 'gridcase-task-card',
    pluginPoint: 'tasklist.card',
    priority: 300,
    render: (node, { api }, scope) => {
      filterCounts.start(api);
      if (scope && scope.task) {
        renderCard(node, api, scope.task);
      }
    }
  },
  {
    id: 'gridcase-filter-counts',
    pluginPoint: 'tasklist.list',
    priority: 0,
    render: (node, { api }) => {
      injectStyles();
      filterCounts.start(api);
    }
  },
  {
    id: 'gridcase-case',
    pluginPoint: 'tasklist.task.detail',
    label: '案件信息',
    priority: 900,
    render: (node, { api, taskId }) => {
      renderCaseTab(node, api, taskId);
    }
  }
];
