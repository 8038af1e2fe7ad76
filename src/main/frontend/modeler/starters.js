// Starting points the page offers for a new model. The process starts where a case's handling
// starts (the case lifecycle calls it) and ends when the problem is handled; the task in between
// is plain until a template (a grid role's task, a department's task, …) is applied to it.

export const PROCESS_KEY = /^[A-Za-z][A-Za-z0-9_]{2,63}$/;

const xmlText = text => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

export const STARTERS = [
	{
		id: 'single-task',
		name: '单环节处置（开始 → 处置任务 → 结束）',
		tasks: [['Activity_Handle', '处置问题']]
	},
	{
		id: 'handle-and-check',
		name: '处置并核查（开始 → 处置任务 → 核查任务 → 结束）',
		tasks: [['Activity_Handle', '处置问题'], ['Activity_Check', '核查处置结果']]
	}
];

export function starterProcess(starterId, key, name) {
	const starter = STARTERS.find(candidate => candidate.id === starterId) || STARTERS[0];
	const nodes = [['Event_Received', 'startEvent', '问题已受理'],
		...starter.tasks.map(([id, label]) => [id, 'userTask', label]),
		['Event_Handled', 'endEvent', '问题已处置']];
	const flows = nodes.slice(1).map((node, i) => [`Flow_${i + 1}`, nodes[i][0], node[0]]);
	const x = i => 180 + i * 200;
	const shape = (node, i) => node[1] === 'userTask'
		? { x: x(i) - 18, y: 120, width: 100, height: 80 }
		: { x: x(i) + 14, y: 142, width: 36, height: 36 };
	const process = nodes.map(([id, type, label]) => {
		const incoming = flows.filter(flow => flow[2] === id).map(flow => `<bpmn:incoming>${flow[0]}</bpmn:incoming>`).join('');
		const outgoing = flows.filter(flow => flow[1] === id).map(flow => `<bpmn:outgoing>${flow[0]}</bpmn:outgoing>`).join('');
		return `<bpmn:${type} id="${id}" name="${xmlText(label)}">${incoming}${outgoing}</bpmn:${type}>`;
	}).join('\n    ') + '\n    ' + flows.map(([id, from, to]) => `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}" />`).join('\n    ');
	const shapes = nodes.map((node, i) => {
		const bounds = shape(node, i);
		return `<bpmndi:BPMNShape id="${node[0]}_di" bpmnElement="${node[0]}"><dc:Bounds x="${bounds.x}" y="${bounds.y}" width="${bounds.width}" height="${bounds.height}" /></bpmndi:BPMNShape>`;
	});
	const edges = flows.map(([id, from, to]) => {
		const i = nodes.findIndex(node => node[0] === from);
		const a = shape(nodes[i], i);
		const b = shape(nodes[i + 1], i + 1);
		return `<bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${a.x + a.width}" y="160" /><di:waypoint x="${b.x}" y="160" /></bpmndi:BPMNEdge>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_${key}" targetNamespace="http://gridcase.org/bpmn" exporter="GridCase modeler" exporterVersion="1.0" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
  <bpmn:process id="${key}" name="${xmlText(name)}" isExecutable="true" camunda:historyTimeToLive="P1825D">
    ${process}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_${key}">
    <bpmndi:BPMNPlane id="BPMNPlane_${key}" bpmnElement="${key}">
      ${shapes.join('\n      ')}
      ${edges.join('\n      ')}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
`;
}

export function starterDecision(key, name) {
	return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/" xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" xmlns:modeler="http://camunda.org/schema/modeler/1.0" id="Definitions_${key}" name="${xmlText(name)}" namespace="http://gridcase.org/dmn" modeler:executionPlatform="Camunda Platform" modeler:executionPlatformVersion="7.24.0">
  <decision id="${key}" name="${xmlText(name)}">
    <decisionTable id="DecisionTable_${key}">
      <input id="Input_1" label="输入">
        <inputExpression id="InputExpression_1" typeRef="string"><text></text></inputExpression>
      </input>
      <output id="Output_1" label="输出" name="result" typeRef="string" />
    </decisionTable>
  </decision>
  <dmndi:DMNDI>
    <dmndi:DMNDiagram id="DMNDiagram_${key}">
      <dmndi:DMNShape id="DMNShape_${key}" dmnElementRef="${key}"><dc:Bounds height="80" width="180" x="160" y="100" /></dmndi:DMNShape>
    </dmndi:DMNDiagram>
  </dmndi:DMNDI>
</definitions>
`;
}

export function starterForm(key) {
	return {
		id: key,
		type: 'default',
		schemaVersion: 16,
		executionPlatform: 'Camunda Platform',
		executionPlatformVersion: '7.24.0',
		exporter: { name: 'GridCase modeler', version: '1.0' },
		components: [
			{ id: 'Text_Title', type: 'text', text: '### 办理说明' },
			{ id: 'Field_Note', key: 'note', type: 'textarea', label: '办理意见' }
		]
	};
}
