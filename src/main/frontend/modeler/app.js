// The browser modeler for administrators (/modeler/): processes, decision tables and forms as
// they run, opened, edited, compared with the running version, deployed as new versions, and
// running instances moved over; plus the catalogue of issue types and the processes handling them.
import { ApiError, currentSession, get, send } from './api.js';
import { h, replace } from './dom.js';
import { BpmnEditor } from './bpmn-editor.js';
import { DmnEditor } from './dmn-editor.js';
import { FormEditor } from './form-editor.js';
import { bpmnDifferences, lineDifferences } from './differences.js';
import { showMigration } from './migration.js';
import { CataloguePage } from './catalogue.js';
import { PROCESS_KEY, STARTERS, starterDecision, starterForm, starterProcess } from './starters.js';
import './app.css';

const KINDS = {
	bpmn: { title: '流程', folder: 'processes/', suffix: '.bpmn', newLabel: '新建流程' },
	dmn: { title: '决策表', folder: 'processes/', suffix: '.dmn', newLabel: '新建决策表' },
	form: { title: '表单', folder: 'forms/', suffix: '.form', newLabel: '新建表单' }
};

const $ = selector => document.querySelector(selector);

const state = { tab: 'bpmn', definitions: [], current: null, editors: {} };

function notify(message, error) {
	const bar = $('.gc-notice');
	bar.textContent = message;
	bar.className = 'gc-notice ' + (error ? 'gc-notice-error' : 'gc-notice-ok');
}

function output(...children) {
	replace($('.gc-output'), ...children);
}

async function editor(kind) {
	if (!state.editors[kind]) {
		if (kind === 'bpmn') {
			const templates = await get('/api/modeler/element-templates');
			state.editors.bpmn = new BpmnEditor($('.gc-canvas'), $('.gc-properties'), templates, showLint);
		}
		else if (kind === 'dmn') {
			state.editors.dmn = new DmnEditor($('.gc-editor-dmn'));
		}
		else {
			state.editors.form = new FormEditor($('.gc-editor-form'));
		}
	}
	return state.editors[kind];
}

function showLint(issues) {
	const errors = issues.filter(issue => issue.category === 'error');
	const warnings = issues.filter(issue => issue.category !== 'error');
	replace($('.gc-lint'),
		h('strong', {}, `校验：${errors.length} 个错误，${warnings.length} 个警告`),
		h('ul', {}, issues.map(issue => h(`li.gc-lint-${issue.category}`, {},
			h('a', { href: '#', onclick: event => { event.preventDefault(); state.editors.bpmn.focus(issue.id); } }, issue.name),
			`：${issue.text}`))));
}

async function loadDefinitions() {
	state.definitions = await get('/api/modeler/definitions');
	renderList();
}

function renderList() {
	const kind = KINDS[state.tab];
	if (!kind) {
		return;
	}
	const items = state.definitions.filter(definition => definition.kind === state.tab);
	replace($('.gc-list'),
		h('h2', {}, `已部署的${kind.title}`),
		h('ul.gc-definitions', {}, items.map(definition => h('li', {},
			h('a', {
				href: '#', 'data-key': definition.key,
				class: state.current && state.current.key === definition.key ? 'active' : '',
				onclick: event => { event.preventDefault(); openDefinition(definition); }
			}, h('span.gc-name', {}, definition.name || definition.key),
			h('span.gc-meta', {}, `${definition.key}${definition.version ? ' · 版本 ' + definition.version : ''}`))))),
		newModelForm(state.tab));
}

function newModelForm(kind) {
	const form = h('form.gc-new-model', { onsubmit: event => { event.preventDefault(); createModel(kind, new FormData(form)); } },
		h('h2', {}, KINDS[kind].newLabel),
		h('label', {}, '名称', h('input', { name: 'name', required: true, placeholder: kind === 'bpmn' ? '如 高空抛物处置流程' : '' })),
		h('label', {}, '标识（英文）', h('input', { name: 'key', required: true, placeholder: kind === 'bpmn' ? '如 HighAltitudeThrowingProcess' : '' })),
		kind === 'bpmn' ? h('label', {}, '起点模板', h('select', { name: 'starter' }, STARTERS.map(starter => h('option', { value: starter.id }, starter.name)))) : null,
		h('button', { type: 'submit' }, '新建'));
	return form;
}

async function createModel(kind, values) {
	const key = (values.get('key') || '').trim();
	const name = (values.get('name') || '').trim();
	if (!PROCESS_KEY.test(key)) {
		notify('标识须以英文字母开头，只含字母、数字和下划线（3 至 64 个字符）', true);
		return;
	}
	if (state.definitions.some(definition => definition.kind === kind && definition.key === key)) {
		notify(`已有标识为 ${key} 的${KINDS[kind].title}，请在左侧列表中打开它`, true);
		return;
	}
	const content = kind === 'bpmn' ? starterProcess(values.get('starter'), key, name)
		: kind === 'dmn' ? starterDecision(key, name) : starterForm(key);
	await open({ kind, key, name, resourceName: KINDS[kind].folder + key + KINDS[kind].suffix, definition: null, running: null }, content);
	notify(`已新建${KINDS[kind].title} ${name}（${key}），尚未部署`);
}

async function openDefinition(definition) {
	try {
		const source = await get(`/api/modeler/source?deploymentId=${encodeURIComponent(definition.deploymentId)}&resourceName=${encodeURIComponent(definition.resourceName)}`);
		await open({ kind: definition.kind, key: definition.key, name: definition.name || definition.key,
			resourceName: definition.resourceName, definition, running: source }, source);
		notify(`已打开 ${definition.name || definition.key}${definition.version ? '（运行版本 ' + definition.version + '）' : ''}`);
	}
	catch (error) {
		notify(`无法打开：${error.message}`, true);
	}
}

async function open(current, content) {
	state.current = current;
	showEditor(current.kind);
	const warnings = await (await editor(current.kind)).open(content);
	replace($('.gc-title'), h('strong', {}, current.name), ` ${current.key}`,
		current.definition && current.definition.version ? ` · 运行版本 ${current.definition.version}` : current.definition ? '' : ' · 未部署');
	$('.gc-toolbar').hidden = false;
	$('.gc-migrate-open').hidden = current.kind !== 'bpmn' || !current.definition;
	output(warnings && warnings.length ? h('p.gc-warning', {}, `导入时有 ${warnings.length} 条提示：${warnings.map(w => w.message).join('；')}`) : null);
	if (current.kind !== 'bpmn') {
		replace($('.gc-lint'));
	}
	renderList();
}

async function editedContent() {
	const current = state.current;
	const active = state.editors[current.kind];
	return current.kind === 'form' ? active.json(current.key) : active.xml();
}

async function compare() {
	const current = state.current;
	if (!current.running) {
		output(h('div.gc-diff', {}, h('p', {}, '这是新模型，尚无运行中的版本；部署后即为版本 1。')));
		return;
	}
	const edited = await editedContent();
	if (current.kind === 'bpmn') {
		const changes = await bpmnDifferences(current.running, edited);
		const bpmn = state.editors.bpmn;
		bpmn.clearMarkers();
		changes.added.forEach(change => bpmn.mark(change.id, 'gc-diff-added'));
		changes.changed.forEach(change => bpmn.mark(change.id, 'gc-diff-changed'));
		const none = !changes.added.length && !changes.removed.length && !changes.changed.length;
		output(h('div.gc-diff', {},
			h('h3', {}, `与运行版本 ${current.definition.version} 的差异`),
			none ? h('p', {}, changes.layoutChanged.length ? `只有布局变化（${changes.layoutChanged.length} 个元素移动）。` : '没有差异。') : null,
			section('新增', 'gc-added', changes.added.map(change => change.text)),
			section('删除', 'gc-removed', changes.removed.map(change => change.text)),
			section('修改', 'gc-changed', changes.changed.map(change => `${change.text}：${change.attributes.join('；')}`)),
			changes.layoutChanged.length && !none ? h('p', {}, `另有 ${changes.layoutChanged.length} 个元素只改了位置。`) : null));
	}
	else {
		const lines = lineDifferences(current.running, edited);
		const changed = lines.some(line => line.kind === 'added' || line.kind === 'removed');
		output(h('div.gc-diff', {}, h('h3', {}, '与运行版本的差异'),
			changed ? h('pre.gc-lines', {}, lines.map(line => h(`span.gc-line-${line.kind}`, {},
				(line.kind === 'added' ? '+ ' : line.kind === 'removed' ? '- ' : '  ') + line.text + '\n'))) : h('p', {}, '没有差异。')));
	}
}

function section(title, className, items) {
	return items.length ? h(`div.${className}`, {}, h('h4', {}, `${title}（${items.length}）`), h('ul', {}, items.map(item => h('li', {}, item)))) : null;
}

async function deploy() {
	const current = state.current;
	if (current.kind === 'bpmn') {
		const errors = state.editors.bpmn.errors();
		if (errors.length) {
			notify(`校验有 ${errors.length} 个错误，请先修正再部署`, true);
			return;
		}
	}
	const content = await editedContent();
	const button = $('.gc-deploy');
	button.disabled = true;
	try {
		const deployed = await send('POST', '/api/modeler/deployments', {
			name: `${current.name}（流程建模）`,
			resources: [{ name: current.resourceName, content }]
		});
		const previous = current.definition;
		const definition = deployed.definitions.find(candidate => candidate.key === current.key) || deployed.definitions[0];
		await loadDefinitions();
		const listed = state.definitions.find(candidate => candidate.kind === current.kind && candidate.key === current.key);
		current.definition = listed || previous;
		current.running = content;
		current.resourceName = listed ? listed.resourceName : current.resourceName;
		const version = definition ? definition.version : null;
		notify(version ? `已部署：${current.name} 版本 ${version}` : `已部署：${current.name}`);
		replace($('.gc-title'), h('strong', {}, current.name), ` ${current.key}`, version ? ` · 运行版本 ${version}` : '');
		output(h('div.gc-deployed', {}, h('p.gc-ok', {}, version ? `已部署为新版本 ${version}。新上报的案件使用此版本。` : '已部署。'),
			current.kind === 'bpmn' && previous ? h('button', { type: 'button', onclick: () => openMigration() }, '迁移运行中的实例…') : null));
		$('.gc-migrate-open').hidden = current.kind !== 'bpmn';
	}
	catch (error) {
		if (error instanceof ApiError && error.status === 400) {
			notify('部署被拒绝，请按下列提示修改', true);
			if (current.kind === 'bpmn') {
				state.editors.bpmn.clearMarkers();
				error.errors.forEach(problem => state.editors.bpmn.mark(problem.field, 'gc-refused'));
			}
			output(h('div.gc-refusal', {}, h('h3', {}, '部署被拒绝'),
				h('ul', {}, error.errors.map(problem => h('li', {},
					current.kind === 'bpmn' && state.editors.bpmn.has(problem.field)
						? h('a', { href: '#', onclick: event => { event.preventDefault(); state.editors.bpmn.focus(problem.field); } },
							`元素 ${state.editors.bpmn.nameOf(problem.field)}（${problem.field}）`)
						: h('span', {}, problem.field ? `${problem.field}` : ''),
					`：${problem.message}`)))));
		}
		else {
			notify(`部署失败：${error.message}`, true);
		}
	}
	finally {
		button.disabled = false;
	}
}

async function openMigration() {
	const current = state.current;
	const container = h('div.gc-migration');
	output(container);
	try {
		await showMigration(container, current.key, current.definition && current.definition.id, notify);
	}
	catch (error) {
		replace(container, h('p.gc-error', {}, `无法读取版本：${error.message}`));
	}
}

async function download() {
	const current = state.current;
	const blob = new Blob([await editedContent()], { type: 'application/octet-stream' });
	const link = h('a', { href: URL.createObjectURL(blob), download: current.resourceName.replace(/^.*\//, '') });
	link.click();
	URL.revokeObjectURL(link.href);
}

function showEditor(kind) {
	document.querySelectorAll('.gc-editor').forEach(element => { element.hidden = !element.classList.contains(`gc-editor-${kind}`); });
}

async function showTab(tab) {
	state.tab = tab;
	document.querySelectorAll('.gc-tabs button').forEach(button => button.classList.toggle('active', button.dataset.tab === tab));
	const catalogue = tab === 'catalogue';
	$('.gc-work').hidden = catalogue;
	$('.gc-list').hidden = catalogue;
	$('.gc-catalogue').hidden = !catalogue;
	if (catalogue) {
		await state.catalogue.show();
		return;
	}
	if (!state.current || state.current.kind !== tab) {
		state.current = null;
		showEditor('none');
		$('.gc-toolbar').hidden = true;
		output(h('p', {}, `在左侧打开一个已部署的${KINDS[tab].title}，或新建一个。`));
		replace($('.gc-lint'));
	}
	renderList();
}

async function start() {
	try {
		const session = await currentSession();
		$('.gc-user').textContent = `管理员：${session.username}`;
		state.catalogue = new CataloguePage($('.gc-catalogue'), notify);
		document.querySelectorAll('.gc-tabs button').forEach(button => button.addEventListener('click', () => showTab(button.dataset.tab)));
		$('.gc-compare').addEventListener('click', () => compare().catch(error => notify(`无法对比：${error.message}`, true)));
		$('.gc-deploy').addEventListener('click', () => deploy());
		$('.gc-migrate-open').addEventListener('click', () => openMigration());
		$('.gc-download').addEventListener('click', () => download());
		await loadDefinitions();
		await showTab('bpmn');
		document.body.dataset.ready = 'true';
	}
	catch (error) {
		notify(`无法加载：${error.message}`, true);
	}
}

start();
