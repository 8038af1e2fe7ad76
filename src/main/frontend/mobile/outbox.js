// Reports waiting on the phone (IndexedDB), sent once each: every report carries the
// Idempotency-Key it was given when filed, so sending it again (after a lost answer, a reload,
// the page and the service worker both trying) answers the same receipt without a second case.
// Used by the page and by the service worker (Background Sync).
import { openDB } from 'idb';
import { call, ApiError, NetworkError } from './api.js';

export const DB_NAME = 'gridcase-phone';
const OUTBOX = 'outbox';
const SENT = 'sent';

function db() {
  return openDB(DB_NAME, 1, {
    upgrade(database) {
      database.createObjectStore(OUTBOX, { keyPath: 'key' });
      database.createObjectStore(SENT, { keyPath: 'key' });
    },
  });
}

const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('gridcase-outbox');

function changed() {
  if (channel) channel.postMessage('changed');
}

export function onChange(listener) {
  if (channel) channel.addEventListener('message', listener);
}

/** Keeps a report to send: {report, photos: [Blob], patrolId}; answers its key. */
export async function enqueue({ report, photos, patrolId }) {
  const key = crypto.randomUUID();
  await (await db()).put(OUTBOX, { key, report, photos, patrolId: patrolId || null, filedAt: new Date().toISOString() });
  changed();
  return key;
}

export async function waiting() {
  return (await (await db()).getAll(OUTBOX)).sort((a, b) => a.filedAt.localeCompare(b.filedAt));
}

export async function sent() {
  return (await (await db()).getAll(SENT)).sort((a, b) => b.sentAt.localeCompare(a.sentAt)).slice(0, 20);
}

/** Removes a report that cannot be sent (the server refused it) once the worker has read why. */
export async function discard(key) {
  await (await db()).delete(OUTBOX, key);
  changed();
}

/**
 * Sends what waits, oldest first, one sender at a time (Web Locks where the browser has them).
 * Stops at the first network failure; a report the server refuses stays with the reason.
 * Answers {sent, left, loginNeeded}.
 */
export async function flush() {
  const run = () => sendAll();
  if (typeof navigator !== 'undefined' && navigator.locks) {
    return navigator.locks.request('gridcase-outbox', run);
  }
  return run();
}

async function sendAll() {
  const result = { sent: 0, left: 0, loginNeeded: false };
  const items = await waiting();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    try {
      await send(item);
      result.sent++;
    } catch (e) {
      if (e instanceof NetworkError) {
        result.left = items.length - i;
        return result;
      }
      if (e instanceof ApiError && e.status === 401) {
        result.loginNeeded = true;
        result.left = items.length - i;
        return result;
      }
      item.error = e.message;
      await (await db()).put(OUTBOX, item);
      changed();
      result.left++;
    }
  }
  return result;
}

async function send(item) {
  if (!item.receipt) {
    const form = new FormData();
    form.append('report', new Blob([JSON.stringify(item.report)], { type: 'application/json' }));
    (item.photos || []).forEach((photo, i) => form.append('photos', photo, `photo-${i + 1}.jpg`));
    const answer = await call('POST', '/api/reports', form, { 'Idempotency-Key': item.key });
    item.receipt = answer.json;
    item.replayed = answer.headers.get('Idempotent-Replayed') === 'true';
    item.error = null;
    await (await db()).put(OUTBOX, item);
  }
  if (item.patrolId && !item.findingLinked) {
    try {
      await call('POST', `/api/patrols/${item.patrolId}/findings`, { trackingNumber: item.receipt.trackingNumber });
    } catch (e) {
      if (e instanceof NetworkError || (e instanceof ApiError && e.status === 401)) throw e;
      // the patrol is gone or no longer the worker's: the report itself stands
    }
    item.findingLinked = true;
  }
  const database = await db();
  const tx = database.transaction([OUTBOX, SENT], 'readwrite');
  await tx.objectStore(SENT).put({
    key: item.key,
    trackingNumber: item.receipt.trackingNumber,
    gridCode: item.receipt.gridCode,
    linkedToExistingCase: item.receipt.linkedToExistingCase,
    description: item.report.description,
    filedAt: item.filedAt,
    sentAt: new Date().toISOString(),
  });
  await tx.objectStore(OUTBOX).delete(item.key);
  await tx.done;
  changed();
}
