// What the page knows of the worker's places, kept on the phone for offline use: their roles,
// the grids (with boundaries) of the communities they work in, the report categories.
import { get } from './api.js';

function remember(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the page still works online
  }
  return value;
}

function recall(key) {
  try {
    return JSON.parse(localStorage.getItem(key));
  } catch {
    return null;
  }
}

/** Online: fetch and keep; offline: the kept copy (or the fallback). */
async function kept(key, load, fallback) {
  try {
    return remember(key, await load());
  } catch (e) {
    const copy = recall(key);
    if (copy !== null) return copy;
    if (fallback !== undefined) return fallback;
    throw e;
  }
}

export function roles(username) {
  return kept(`gc.roles.${username}`, () => get(`/api/people/${encodeURIComponent(username)}/roles`), []);
}

/** The grids (level GRID) of a community, with their boundaries. */
export function communityGrids(communityCode) {
  return kept(`gc.grids.${communityCode}`, async () =>
    (await get(`/api/grids/${communityCode}/subtree?limit=1000`)).filter((g) => g.level === 'GRID'), []);
}

/** Report categories (the Open311 service list: code, group, name). */
export function categories() {
  return kept('gc.categories', async () => (await get('/open311/v2/services.json'))
    .map((s) => ({ code: s.service_code, name: s.service_name, group: s.group })), []);
}

export function communityOf(gridCode) {
  return gridCode ? gridCode.slice(0, 12) : null;
}

/** The grid a worker patrols (the first grid or building role they hold). */
export function homeGridOf(heldRoles) {
  const held = heldRoles.find((r) => r.placeLevel === 'GRID' || r.placeLevel === 'BUILDING');
  return held ? held.roleAtPlace.placeCode.slice(0, 15) : null;
}

/** The place a station, street or district center watches. */
export function watchedPlaceOf(heldRoles) {
  const held = heldRoles.find((r) => ['COMMUNITY_STATION', 'STREET_CENTER', 'DISTRICT_CENTER'].includes(r.roleAtPlace.role));
  return held ? { code: held.roleAtPlace.placeCode, name: held.placeName } : null;
}
