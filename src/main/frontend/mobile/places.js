// What the page knows of the worker's places, kept on the phone for offline use: their roles,
// the grids (with boundaries) around the places they work in, the report categories.
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

/** The grids (level GRID) of the street a grid lies in, with their boundaries: the grid and its neighbours. */
export async function gridsAround(gridCode) {
  if (!gridCode) return [];
  const street = gridCode.slice(0, 9);
  return kept(`gc.grids.${street}`, async () => (await get(`/api/grids/${street}/subtree?limit=1000`))
    .filter((g) => g.level === 'GRID')
    .map(({ code, name, boundary, lon, lat }) => ({ code, name, boundary, lon, lat })), []);
}

/** Report categories (the Open311 service list: code, group, name). */
export function categories() {
  return kept('gc.categories', async () => (await get('/open311/v2/services.json'))
    .map((s) => ({ code: s.service_code, name: s.service_name, group: s.group })), []);
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
