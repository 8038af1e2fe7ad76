// The phone page for grid workers (/m/): my tasks, filing reports (also offline), the patrol
// log, and for stations the grids short of patrols today.
import './app.css';
import { currentSession, post, NetworkError, ApiError } from './api.js';
import { h, toast } from './dom.js';
import { homeGridOf, roles, watchedPlaceOf } from './places.js';
import * as outbox from './outbox.js';
import { renderTasks } from './tasks.js';
import { renderReport } from './report.js';
import { renderPatrol } from './patrol.js';
import { renderStation } from './station.js';
import { showWarnings } from './warnings.js';

const RETRY_MS = 30000;
const TRACK_MIN_METRES = 5;

const view = document.getElementById('view');
const pendingBadge = document.getElementById('pending');
const netBadge = document.getElementById('offline');
const warningBanner = document.getElementById('warnings');

const app = {
  username: null,
  displayName: null,
  homeGrid: null,
  watchedPlace: null,
  patrol: null,
  lastPosition: null,
  outboxListener: null,
  patrolListener: null,
  onOutboxChange(listener) {
    this.outboxListener = listener;
  },
  onPatrolChange(listener) {
    this.patrolListener = listener;
  },
  setPatrol(patrol) {
    this.patrol = patrol || null;
    tracker.follow(this.patrol);
  },
  async sendWaiting() {
    if (sending) return;
    sending = true;
    try {
      await showPending();
      if (navigator.onLine) {
        const result = await outbox.flush();
        if (result.loginNeeded) loginNeeded();
        if (result.sent) toast(`已发送 ${result.sent} 条上报`, 'ok');
      }
      if ((await outbox.waiting()).length) requestBackgroundSync();
    } finally {
      sending = false;
      await showPending();
    }
  },
  flushTrack() {
    return tracker.send();
  },
};
let sending = false;

async function showPending() {
  const waiting = await outbox.waiting();
  pendingBadge.hidden = waiting.length === 0;
  pendingBadge.textContent = `待发送 ${waiting.length}`;
  if (app.outboxListener) app.outboxListener();
}

function requestBackgroundSync() {
  navigator.serviceWorker?.ready
    .then((registration) => registration.sync && registration.sync.register('gridcase-outbox'))
    .catch(() => { /* not in every browser: the page retries on its own */ });
}

function loginNeeded() {
  if (document.querySelector('.login-needed')) return;
  document.body.appendChild(h('div', { class: 'login-needed' }, '登录已过期，待发送的上报会保留。',
    h('button', { class: 'big primary', onclick: () => location.reload() }, '重新登录')));
}

/** While a patrol is under way and the page is open: the phone's positions, sent as track points. */
const tracker = {
  watch: null,
  buffer: [],
  patrolId: null,
  follow(patrol) {
    if (patrol && this.patrolId !== patrol.id) {
      this.stop();
      this.patrolId = patrol.id;
      if (navigator.geolocation) {
        this.watch = navigator.geolocation.watchPosition((p) => this.take(p), () => {}, { enableHighAccuracy: true, maximumAge: 10000 });
      }
    } else if (!patrol) {
      this.stop();
    }
  },
  stop() {
    if (this.watch !== null) navigator.geolocation.clearWatch(this.watch);
    this.watch = null;
    this.patrolId = null;
    this.buffer = [];
  },
  take(p) {
    const point = { lon: p.coords.longitude, lat: p.coords.latitude, accuracy: p.coords.accuracy, at: new Date(p.timestamp || Date.now()).toISOString() };
    const last = app.lastPosition;
    app.lastPosition = { lon: point.lon, lat: point.lat };
    if (last && metres(last, point) < TRACK_MIN_METRES) return;
    this.buffer.push(point);
    this.send();
  },
  async send() {
    if (!this.buffer.length || !this.patrolId || this.inFlight) return;
    const points = this.buffer.splice(0, this.buffer.length);
    this.inFlight = true;
    try {
      const patrol = await post(`/api/patrols/${this.patrolId}/points`, { points });
      app.patrol = patrol;
      if (app.patrolListener) app.patrolListener();
    } catch (e) {
      if (e instanceof NetworkError) this.buffer.unshift(...points);
    } finally {
      this.inFlight = false;
    }
  },
};

function metres(a, b) {
  const k = Math.PI / 180;
  const x = (b.lon - a.lon) * k * Math.cos(((a.lat + b.lat) / 2) * k);
  const y = (b.lat - a.lat) * k;
  return Math.sqrt(x * x + y * y) * 6371000;
}

const TABS = {
  tasks: { label: '任务', render: renderTasks },
  report: { label: '上报', render: renderReport },
  patrol: { label: '巡查', render: renderPatrol, needs: () => app.homeGrid },
  station: { label: '站点', render: renderStation, needs: () => app.watchedPlace },
};

function show(tab) {
  const chosen = TABS[tab] && (!TABS[tab].needs || TABS[tab].needs()) ? tab : 'tasks';
  app.outboxListener = null;
  app.patrolListener = null;
  document.querySelectorAll('.tabs button').forEach((b) => b.classList.toggle('active', b.dataset.tab === chosen));
  window.scrollTo(0, 0);
  // each visit draws into a section of its own: a slower earlier visit then draws nowhere visible
  const page = h('section', { class: 'page', 'data-tab': chosen });
  view.replaceChildren(page);
  TABS[chosen].render(page, app);
}

function drawTabs() {
  const nav = document.getElementById('tabs');
  nav.replaceChildren(...Object.entries(TABS)
    .filter(([, tab]) => !tab.needs || tab.needs())
    .map(([name, tab]) => h('button', { type: 'button', 'data-tab': name, onclick: () => { location.hash = name; } }, tab.label)));
  nav.style.setProperty('--tabs', nav.children.length);
}

function showNetwork() {
  netBadge.hidden = navigator.onLine;
}

async function start() {
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => {});
  }
  try {
    const session = await currentSession();
    app.username = session.username;
    localStorage.setItem('gc.user', app.username);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      location.reload();
      return;
    }
    app.username = localStorage.getItem('gc.user');
  }
  app.displayName = app.username;
  document.getElementById('who').textContent = app.username || '';
  const held = app.username ? await roles(app.username) : [];
  app.homeGrid = homeGridOf(held);
  app.watchedPlace = watchedPlaceOf(held);
  drawTabs();
  outbox.onChange(() => showPending());
  window.addEventListener('online', () => { showNetwork(); app.sendWaiting(); tracker.send(); });
  window.addEventListener('offline', showNetwork);
  window.addEventListener('hashchange', () => show(location.hash.slice(1)));
  setInterval(() => { app.sendWaiting(); tracker.send(); showWarnings(warningBanner); }, RETRY_MS);
  showWarnings(warningBanner);
  showNetwork();
  show(location.hash.slice(1) || (app.watchedPlace && !app.homeGrid ? 'station' : 'tasks'));
  app.sendWaiting();
}

start();
