// The supervision API (docs/supervision-api.md), called with the login session.
import { get, post } from '../mobile/api.js';

/** A query string of the parameters that have a value. */
export function query(params) {
  const search = new URLSearchParams();
  Object.entries(params).forEach(([key, value]) => {
    if (value !== undefined && value !== null && value !== '') search.set(key, value);
  });
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** The period parameters of every figures call. */
export function periodParams(period) {
  return period.kind === 'CUSTOM'
    ? { period: 'CUSTOM', from: period.from, to: period.to }
    : { period: period.kind, date: period.from };
}

const API = '/api/supervision';

export const reach = () => get(`${API}/reach`);
export const figures = (params) => get(`${API}/figures${query(params)}`);
export const rankings = (params) => get(`${API}/rankings${query(params)}`);
export const trends = (params) => get(`${API}/trends${query(params)}`);
export const scores = (params) => get(`${API}/scores${query(params)}`);
export const lights = (place) => get(`${API}/lights${query({ place })}`);
export const cases = (params) => get(`${API}/cases${query(params)}`);
export const map = (params) => get(`${API}/map${query(params)}`);
export const warnings = (params) => get(`${API}/warnings${query(params)}`);
export const setWarning = (body) => post(`${API}/warnings`, body);
export const liftWarning = (id, reason) => post(`${API}/warnings/${encodeURIComponent(id)}/lift`, { reason });
export const exportUrl = (format, params) => `${API}/export.${format}${query(params)}`;
