// Chinese for the lint rules' findings; a finding of a rule not listed keeps the rule's own text.
const RULES = {
	'label-required': '元素缺少名称',
	'start-event-required': '流程缺少开始事件',
	'end-event-required': '流程缺少结束事件',
	'no-disconnected': '元素未与流程连接',
	'no-implicit-split': '隐式分支：请用网关表示分支',
	'no-implicit-end': '隐式结束：请用结束事件',
	'no-implicit-start': '隐式开始：请用开始事件',
	'fake-join': '隐式合并：请用网关合并',
	'no-gateway-join-fork': '同一网关既合并又分支',
	'conditional-flows': '条件顺序流缺少条件',
	'no-complex-gateway': '不允许复杂网关',
	'no-duplicate-sequence-flows': '重复的顺序流',
	'single-blank-start-event': '空白开始事件只能有一个',
	'single-event-definition': '事件只能有一个事件定义',
	'superfluous-gateway': '多余的网关',
	'superfluous-termination': '多余的终止结束事件',
	'no-inclusive-gateway': '不允许包容网关',
	'no-overlapping-elements': '元素重叠',
	'no-bpmndi': '元素缺少图形',
	'event-sub-process-typed-start-event': '事件子流程的开始事件须有类型',
	'link-event': '链接事件不成对',
	'sub-process-blank-start-event': '子流程须以空白开始事件开始',
	'ad-hoc-sub-process': '临时子流程配置无效',
	'history-time-to-live': '流程须设置历史保留时间',
	'no-expression': '此处不允许表达式',
	'element-type': '此元素类型不受 Camunda 7.24 支持',
	'called-element': '调用活动须指定被调用流程',
	'implementation': '服务任务须指定实现方式'
};

export function lintText(issue) {
	const rule = (issue.rule || '').replace(/^.*\//, '');
	return RULES[rule] ? `${RULES[rule]}（${issue.message}）` : issue.message;
}
