// Calls to GridCase's /api with the browser's login session. Writes carry the session's CSRF
// token (GET /api/session); a 401 means the session ended and the page must log in again.

export class ApiError extends Error {
  constructor(status, problem) {
    super(problemText(problem) || `服务器返回 ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** The network failed (offline, server unreachable): try again later. */
export class NetworkError extends Error {}

function problemText(problem) {
  if (!problem) return null;
  const fields = (problem.errors || []).map((e) => e.message).filter(Boolean);
  return fields.length ? fields.join('；') : problem.detail || problem.title || null;
}

let session = null;

export async function currentSession(refresh = false) {
  if (!session || refresh) {
    session = (await call('GET', '/api/session')).json;
  }
  return session;
}

export async function call(method, path, body, headers = {}, retried = false) {
  const init = { method, headers: { Accept: 'application/json', ...headers }, credentials: 'same-origin' };
  if (method !== 'GET') {
    const s = path === '/api/session' ? null : await currentSession();
    if (s) init.headers[s.csrf.header] = s.csrf.token;
    if (body instanceof FormData) {
      init.body = body;
    } else if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (e) {
    throw new NetworkError(e.message);
  }
  if (response.status === 403 && method !== 'GET' && !retried) {
    // the CSRF token may have changed (new session): fetch it once more
    const problem = await response.clone().json().catch(() => null);
    if (problem && /csrf/i.test(JSON.stringify(problem))) {
      session = null;
      return call(method, path, body, headers, true);
    }
  }
  const text = await response.text();
  const json = text ? safeJson(text) : null;
  if (!response.ok) {
    if (response.status === 401) session = null;
    throw new ApiError(response.status, json);
  }
  return { json, headers: response.headers, status: response.status };
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export async function get(path) {
  return (await call('GET', path)).json;
}

export async function post(path, body) {
  return (await call('POST', path, body)).json;
}

export async function put(path, body) {
  return (await call('PUT', path, body)).json;
}
