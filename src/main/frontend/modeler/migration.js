// Moving running instances of a process to a newer version: choose the version they run on,
// preview which can move (the engine tries each and says why not), then move the chosen ones.
import { get, send } from './api.js';
import { h, replace } from './dom.js';

export async function showMigration(container, key, targetId, notify) {
	const versions = await get(`/api/modeler/processes/${encodeURIComponent(key)}/versions`);
	const target = versions.find(version => version.id === targetId) || versions[0];
	const sources = versions.filter(version => version.id !== target.id && version.runningInstances > 0);
	if (!sources.length) {
		replace(container, h('p', {}, `流程 ${key} 的其他版本没有运行中的实例，无需迁移。`));
		return;
	}
	const select = h('select.gc-migration-source', {}, sources.map(version =>
		h('option', { value: version.id }, `版本 ${version.version}（${version.runningInstances} 个运行中的实例）`)));
	const result = h('div.gc-migration-result');
	replace(container,
		h('h3', {}, `迁移运行中的实例到版本 ${target.version}`),
		h('p', {}, '按相同的活动标识对应新旧版本；先预览，每个实例由流程引擎逐一试迁，不会改变任何数据。'),
		h('label', {}, '源版本 ', select),
		h('button.gc-preview-migration', { type: 'button', onclick: () => preview(select.value, target, result, notify) }, '预览可迁移的实例'),
		result);
}

async function preview(sourceId, target, container, notify) {
	replace(container, h('p', {}, '正在预览…'));
	try {
		const plan = await send('POST', '/api/modeler/migrations/preview', { sourceDefinitionId: sourceId, targetDefinitionId: target.id });
		const movable = plan.instances.filter(instance => instance.canMove);
		const rows = plan.instances.map(instance => h('tr', { class: instance.canMove ? 'gc-can-move' : 'gc-cannot-move' },
			h('td', {}, h('input', { type: 'checkbox', value: instance.id, checked: instance.canMove, disabled: !instance.canMove })),
			h('td', {}, instance.businessKey || instance.id),
			h('td', {}, instance.activeActivities.join('、')),
			h('td', {}, instance.canMove ? '可以迁移' : `不能迁移：${instance.reasons.join('；')}`)));
		const move = h('button.primary.gc-migrate', { type: 'button', disabled: !movable.length }, `迁移所选实例`);
		move.onclick = async () => {
			const ids = [...container.querySelectorAll('input[type=checkbox]:checked')].map(box => box.value);
			try {
				const done = await send('POST', '/api/modeler/migrations', { sourceDefinitionId: sourceId, targetDefinitionId: target.id, processInstanceIds: ids });
				notify(`已将 ${done.migrated} 个实例迁移到版本 ${target.version}`);
				replace(container, h('p.gc-ok', {}, `已将 ${done.migrated} 个实例迁移到版本 ${target.version}。`));
			}
			catch (error) {
				notify(`迁移失败：${error.message}`, true);
			}
		};
		replace(container,
			h('p', {}, `共 ${plan.runningInstances} 个运行中的实例，预览 ${plan.instances.length} 个，其中 ${movable.length} 个可以迁移。`),
			h('table.gc-table.gc-migration-preview', {},
				h('thead', {}, h('tr', {}, ['', '受理编号', '当前活动', '结果'].map(text => h('th', {}, text)))),
				h('tbody', {}, rows)),
			move);
	}
	catch (error) {
		replace(container, h('p.gc-error', {}, `无法预览：${error.message}`));
	}
}
