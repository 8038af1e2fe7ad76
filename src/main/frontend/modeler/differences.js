// What an edited model changes against the version that runs: for BPMN the semantic difference
// (bpmn-js-differ: elements added, removed, changed with their attributes, moved only); for
// decisions and forms the lines that differ.
import { BpmnModdle } from 'bpmn-moddle';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import { diff as bpmnDiff } from 'bpmn-js-differ';
import { diffLines } from 'diff';

const TYPES = {
	'bpmn:Process': '流程', 'bpmn:UserTask': '用户任务', 'bpmn:ServiceTask': '服务任务', 'bpmn:Task': '任务',
	'bpmn:StartEvent': '开始事件', 'bpmn:EndEvent': '结束事件', 'bpmn:BoundaryEvent': '边界事件',
	'bpmn:IntermediateCatchEvent': '中间事件', 'bpmn:IntermediateThrowEvent': '中间事件',
	'bpmn:ExclusiveGateway': '排他网关', 'bpmn:ParallelGateway': '并行网关', 'bpmn:InclusiveGateway': '包容网关',
	'bpmn:SequenceFlow': '顺序流', 'bpmn:CallActivity': '调用活动', 'bpmn:BusinessRuleTask': '业务规则任务',
	'bpmn:SubProcess': '子流程', 'bpmn:SendTask': '发送任务', 'bpmn:ScriptTask': '脚本任务'
};

const moddle = new BpmnModdle({ camunda: camundaModdle });

const label = element => `${TYPES[element.$type] || element.$type} ${element.name ? '“' + element.name + '” ' : ''}(${element.id})`;

const shown = value => {
	if (value === undefined || value === null || value === '') {
		return '（空）';
	}
	if (typeof value === 'object') {
		return value.id || value.$type || JSON.stringify(value);
	}
	return String(value);
};

/** The differences of two BPMN files as {added, removed, changed, layoutChanged}, each a list. */
export async function bpmnDifferences(runningXml, editedXml) {
	const running = (await moddle.fromXML(runningXml)).rootElement;
	const edited = (await moddle.fromXML(editedXml)).rootElement;
	const changes = bpmnDiff(running, edited);
	return {
		added: Object.values(changes._added).map(element => ({ id: element.id, text: label(element) })),
		removed: Object.values(changes._removed).map(element => ({ id: element.id, text: label(element) })),
		changed: Object.entries(changes._changed).map(([id, change]) => ({
			id,
			text: label(change.model),
			// bpmn-js-differ 3.2 hands jsondiffpatch's [old, new] pair to ChangeHandler#changed(model,
			// property, newValue, oldValue): what it calls newValue is the running version's value
			attributes: Object.entries(change.attrs).map(([name, values]) => `${name}：${shown(values.newValue)} → ${shown(values.oldValue)}`)
		})),
		layoutChanged: Object.keys(changes._layoutChanged)
	};
}

/** The lines that differ, as [{kind: 'added'|'removed'|'same', text}]; unchanged runs shortened. */
export function lineDifferences(running, edited) {
	return diffLines(running, edited).flatMap(part => {
		const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
		const lines = part.value.replace(/\n$/, '').split('\n');
		if (kind === 'same' && lines.length > 6) {
			return [{ kind, text: lines[0] }, { kind, text: lines[1] }, { kind: 'skipped', text: `…（${lines.length - 4} 行未变）…` },
				{ kind, text: lines[lines.length - 2] }, { kind, text: lines[lines.length - 1] }];
		}
		return lines.map(text => ({ kind, text }));
	});
}
