// Calls of our API with the page's login session; writes carry the CSRF header of GET /api/session.
let session;

export async function currentSession() {
	if (!session) {
		const response = await fetch('/api/session', { credentials: 'same-origin' });
		if (!response.ok) {
			throw new ApiError(response.status, [{ field: '', message: '无法读取登录会话，请重新登录' }]);
		}
		session = await response.json();
	}
	return session;
}

export class ApiError extends Error {
	constructor(status, errors, title) {
		super(errors.map(error => error.message).join('；') || title || `HTTP ${status}`);
		this.status = status;
		this.errors = errors;
	}
}

async function answer(response) {
	const type = response.headers.get('Content-Type') || '';
	if (response.ok) {
		if (response.status === 204) {
			return null;
		}
		return type.includes('json') ? response.json() : response.text();
	}
	if (type.includes('json')) {
		const problem = await response.json();
		const errors = problem.errors && problem.errors.length ? problem.errors
			: [{ field: '', message: problem.detail || problem.title || `HTTP ${response.status}` }];
		throw new ApiError(response.status, errors, problem.title);
	}
	const messages = { 401: '登录已失效，请重新登录', 403: '无权执行此操作（仅限管理员）', 404: '未找到', 409: '数据已被他人修改，请刷新后重试' };
	throw new ApiError(response.status, [{ field: '', message: messages[response.status] || `服务器错误（HTTP ${response.status}）` }]);
}

export async function get(path) {
	return answer(await fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json, text/plain' } }));
}

export async function send(method, path, body) {
	const { csrf } = await currentSession();
	const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
	headers[csrf.header] = csrf.token;
	return answer(await fetch(path, { method, credentials: 'same-origin', headers, body: body === undefined ? undefined : JSON.stringify(body) }));
}
