// The catalogue of issue types and subcategories (docs/catalogue-api.md): list, add, edit,
// deactivate or activate, and choose the process that handles each.
import { get, send, ApiError } from './api.js';
import { h, replace } from './dom.js';

const SEVERITIES = { GENERAL: '一般', MAJOR: '重大', EMERGENCY: '紧急' };

export class CataloguePage {

	constructor(container, notify) {
		this.container = container;
		this.notify = notify;
	}

	async show() {
		try {
			const [types, subcategories, processes] = await Promise.all([
				get('/api/catalogue/issue-types?all=true'),
				get('/api/catalogue/subcategories?all=true'),
				get('/api/catalogue/processes')
			]);
			this.types = types;
			this.subcategories = subcategories;
			this.processes = processes;
			this.render();
		}
		catch (error) {
			replace(this.container, h('p.gc-error', {}, `无法读取事项目录：${error.message}`));
		}
	}

	processName(key) {
		const process = this.processes.find(candidate => candidate.key === key);
		return process ? `${process.name || key}（${key}）` : key || '（按问题类型）';
	}

	processSelect(name, selected, allowEmpty) {
		return h('select', { name },
			allowEmpty ? h('option', { value: '' }, '（按问题类型的处置流程）') : null,
			this.processes.map(process => h('option', { value: process.key, selected: process.key === selected },
				`${process.name || process.key}（${process.key}，v${process.version}）`)));
	}

	render() {
		replace(this.container,
			h('h2', {}, '问题类型'),
			this.typeTable(),
			this.typeForm(),
			h('h2', {}, '问题小类'),
			this.subcategoryTable(),
			this.subcategoryForm());
	}

	typeTable() {
		return h('table.gc-table.gc-issue-types', {},
			h('thead', {}, h('tr', {}, ['编码', '名称', '处置流程', '状态', '操作'].map(text => h('th', {}, text)))),
			h('tbody', {}, this.types.map(type => h('tr', { 'data-code': type.code, class: type.active ? '' : 'gc-inactive' },
				h('td', {}, type.code), h('td', {}, type.name), h('td', {}, this.processName(type.handlingProcess)),
				h('td', {}, type.active ? '启用' : '已停用'),
				h('td', {},
					h('button', { type: 'button', onclick: () => this.typeForm(type) }, '编辑'),
					h('button', { type: 'button', onclick: () => this.toggle('issue-types', type) }, type.active ? '停用' : '启用'))))));
	}

	subcategoryTable() {
		return h('table.gc-table.gc-subcategories', {},
			h('thead', {}, h('tr', {}, ['编码', '大类', '名称', '问题类型', '默认等级', '处置流程', '状态', '操作'].map(text => h('th', {}, text)))),
			h('tbody', {}, this.subcategories.map(entry => h('tr', { 'data-code': entry.code, class: entry.active ? '' : 'gc-inactive' },
				h('td', {}, entry.code), h('td', {}, entry.category), h('td', {}, entry.name),
				h('td', {}, entry.issueTypeName || entry.issueType), h('td', {}, SEVERITIES[entry.defaultSeverity] || entry.defaultSeverity),
				h('td', {}, this.processName(entry.handlingProcess)), h('td', {}, entry.active ? '启用' : '已停用'),
				h('td', {},
					h('button', { type: 'button', onclick: () => this.subcategoryForm(entry) }, '编辑'),
					h('button', { type: 'button', onclick: () => this.toggle('subcategories', entry) }, entry.active ? '停用' : '启用'))))));
	}

	typeForm(type) {
		const editing = Boolean(type);
		const form = h('form.gc-form.gc-issue-type-form', { onsubmit: event => this.saveType(event, editing) },
			h('h3', {}, editing ? `编辑问题类型 ${type.code}` : '新增问题类型'),
			h('label', {}, '编码', h('input', { name: 'code', value: type ? type.code : '', readOnly: editing, placeholder: '如 HIGH_ALTITUDE_THROWING' })),
			h('label', {}, '名称', h('input', { name: 'name', value: type ? type.name : '' })),
			h('label', {}, '处置流程', this.processSelect('handlingProcess', type && type.handlingProcess, false)),
			h('label.gc-check', {}, h('input', { type: 'checkbox', name: 'active', checked: type ? type.active : true }), '启用'),
			h('div.gc-errors'),
			h('button.primary', { type: 'submit' }, editing ? '保存' : '新增'));
		const existing = this.container.querySelector('.gc-issue-type-form');
		if (existing) {
			existing.replaceWith(form);
		}
		return form;
	}

	subcategoryForm(entry) {
		const editing = Boolean(entry);
		const form = h('form.gc-form.gc-subcategory-form', { onsubmit: event => this.saveSubcategory(event, editing) },
			h('h3', {}, editing ? `编辑小类 ${entry.code}` : '新增小类'),
			h('label', {}, '编码', h('input', { name: 'code', value: entry ? entry.code : '', readOnly: editing, placeholder: '如 04-05' })),
			h('label', {}, '大类', h('input', { name: 'category', value: entry ? entry.category : '' })),
			h('label', {}, '名称', h('input', { name: 'name', value: entry ? entry.name : '' })),
			h('label', {}, '问题类型', h('select', { name: 'issueType' }, this.types.map(type =>
				h('option', { value: type.code, selected: entry && entry.issueType === type.code }, `${type.name}（${type.code}）`)))),
			h('label', {}, '默认等级', h('select', { name: 'defaultSeverity' }, Object.entries(SEVERITIES).map(([value, label]) =>
				h('option', { value, selected: entry ? entry.defaultSeverity === value : value === 'GENERAL' }, label)))),
			h('label', {}, '处置流程', this.processSelect('handlingProcess', entry && entry.handlingProcess, true)),
			h('label.gc-check', {}, h('input', { type: 'checkbox', name: 'active', checked: entry ? entry.active : true }), '启用'),
			h('div.gc-errors'),
			h('button.primary', { type: 'submit' }, editing ? '保存' : '新增'));
		const existing = this.container.querySelector('.gc-subcategory-form');
		if (existing) {
			existing.replaceWith(form);
		}
		return form;
	}

	async saveType(event, editing) {
		event.preventDefault();
		const values = Object.fromEntries(new FormData(event.target));
		const body = { name: values.name, handlingProcess: values.handlingProcess, active: event.target.active.checked };
		await this.save(event.target, editing ? 'PUT' : 'POST',
			editing ? `/api/catalogue/issue-types/${encodeURIComponent(values.code)}` : '/api/catalogue/issue-types',
			editing ? body : { code: values.code, ...body }, `问题类型 ${values.name} 已保存`);
	}

	async saveSubcategory(event, editing) {
		event.preventDefault();
		const values = Object.fromEntries(new FormData(event.target));
		const body = {
			category: values.category, name: values.name, issueType: values.issueType, defaultSeverity: values.defaultSeverity,
			handlingProcess: values.handlingProcess || null, active: event.target.active.checked
		};
		await this.save(event.target, editing ? 'PUT' : 'POST',
			editing ? `/api/catalogue/subcategories/${encodeURIComponent(values.code)}` : '/api/catalogue/subcategories',
			editing ? body : { code: values.code, ...body }, `小类 ${values.code} ${values.name} 已保存`);
	}

	async toggle(kind, entry) {
		try {
			await send('POST', `/api/catalogue/${kind}/${encodeURIComponent(entry.code)}/${entry.active ? 'deactivate' : 'activate'}`);
			this.notify(`${entry.name} 已${entry.active ? '停用' : '启用'}`);
			await this.show();
		}
		catch (error) {
			this.notify(`操作失败：${error.message}`, true);
		}
	}

	async save(form, method, path, body, done) {
		const errors = form.querySelector('.gc-errors');
		form.querySelectorAll('.gc-invalid').forEach(field => field.classList.remove('gc-invalid'));
		try {
			await send(method, path, body);
			this.notify(done);
			await this.show();
		}
		catch (error) {
			if (error instanceof ApiError) {
				replace(errors, error.errors.map(problem => {
					const field = problem.field && form.querySelector(`[name="${problem.field}"]`);
					if (field) {
						field.classList.add('gc-invalid');
					}
					const label = field && field.closest('label') ? field.closest('label').firstChild.textContent : problem.field;
					return h('p.gc-error', {}, label ? `${label}：${problem.message}` : problem.message);
				}));
			}
			else {
				replace(errors, h('p.gc-error', {}, error.message));
			}
		}
	}

}
