/*
 * GridCase case history for Cockpit (Community Edition): a route plugin (#/gridcase-history) with a
 * navigation entry and a dashboard link. It searches finished and running process instances and
 * shows the history of one: the diagram with the path taken, the activity timeline with who
 * claimed and completed each task, submitted form values, variable changes, incidents, DMN
 * evaluations, the user operation log and the calling and called instances.
 *
 * The search is GridCase's (GET /api/history/process-instances, which runs the engine's history
 * query as the logged-in user); the history of an instance is read through the webapp's engine
 * API with the same session. Either way the engine's authorizations decide what a user sees.
 * Texts are Simplified Chinese.
 */
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import diagramCss from 'bpmn-js/dist/assets/diagram-js.css';
import bpmnCss from 'bpmn-js/dist/assets/bpmn-js.css';
import pluginCss from './history-plugin.css';
import { DISTRICT_TIME_ZONE } from '../district.js';

const PATH = '/gridcase-history';
const PAGE_SIZES = [10, 20, 50, 100];
const DEFAULT_PAGE_SIZE = 20;

const STATES = {
  ACTIVE: '运行中',
  SUSPENDED: '已挂起',
  COMPLETED: '已完成',
  EXTERNALLY_TERMINATED: '被外部终止',
  INTERNALLY_TERMINATED: '被内部终止'
};

const ACTIVITY_TYPES = {
  startEvent: '开始事件',
  noneEndEvent: '结束事件',
  terminateEndEvent: '终止结束事件',
  errorEndEvent: '错误结束事件',
  userTask: '用户任务',
  serviceTask: '服务任务',
  businessRuleTask: '业务规则任务',
  scriptTask: '脚本任务',
  sendTask: '发送任务',
  receiveTask: '接收任务',
  callActivity: '调用子流程',
  subProcess: '子流程',
  exclusiveGateway: '排他网关',
  parallelGateway: '并行网关',
  inclusiveGateway: '包容网关',
  eventBasedGateway: '事件网关',
  intermediateTimer: '定时等待',
  boundaryTimer: '边界定时器',
  boundaryError: '边界错误事件',
  boundaryMessage: '边界消息事件',
  boundarySignal: '边界信号事件',
  intermediateMessageCatch: '消息等待',
  intermediateSignalCatch: '信号等待',
  intermediateNoneThrowEvent: '中间事件',
  multiInstanceBody: '多实例'
};

const OPERATIONS = {
  Claim: '认领',
  Complete: '完成',
  Assign: '指派',
  Delegate: '委派',
  Resolve: '解决委派',
  SetOwner: '设置所有者',
  AddUserLink: '添加候选人',
  DeleteUserLink: '移除候选人',
  AddGroupLink: '添加候选组',
  DeleteGroupLink: '移除候选组',
  Create: '创建',
  Update: '更新',
  Delete: '删除',
  SetVariable: '设置变量',
  SetVariables: '设置变量',
  ModifyVariable: '修改变量',
  RemoveVariable: '删除变量',
  Suspend: '挂起',
  Activate: '激活',
  SetJobRetries: '设置重试次数',
  SetExternalTaskRetries: '设置外部任务重试次数',
  ModifyProcessInstance: '修改流程实例',
  RestartProcessInstance: '重启流程实例',
  Migrate: '迁移',
  CorrelateMessage: '关联消息',
  SetRemovalTime: '设置删除时间'
};

const IDENTITY_LINKS = { assignee: '办理人', candidate: '候选', owner: '所有者' };

// ---------------------------------------------------------------- helpers

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === undefined || value === null || value === false) {
      return;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== undefined && child !== null && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  });
  return node;
}

function toDate(value) {
  return value ? new Date(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2')) : null;
}

function time(value) {
  const date = toDate(value);
  return date
    ? date.toLocaleString('zh-CN', { timeZone: DISTRICT_TIME_ZONE, hour12: false })
    : '—';
}

function duration(millis) {
  if (millis === undefined || millis === null) {
    return '—';
  }
  const minutes = Math.round(millis / 60000);
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  return [days && `${days}天`, hours && `${hours}小时`, `${minutes % 60}分钟`].filter(Boolean).join('');
}

function value(detail) {
  if (detail.value === null || detail.value === undefined) {
    return detail.fieldValue === undefined ? '（空）' : String(detail.fieldValue);
  }
  return typeof detail.value === 'object' ? JSON.stringify(detail.value) : String(detail.value);
}

function table(headers, rows, empty) {
  if (!rows.length) {
    return el('p', { class: 'gc-empty' }, empty || '无记录');
  }
  return el('table', { class: 'table table-condensed gc-table' },
    el('thead', {}, el('tr', {}, headers.map((header) => el('th', {}, header)))),
    el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((cell) => el('td', {}, cell))))));
}

function section(title, ...content) {
  return el('section', { class: 'gc-section' }, el('h3', {}, title), ...content);
}

function instanceLink(id, text) {
  return el('a', { href: `#${PATH}?instance=${encodeURIComponent(id)}` }, text || id);
}

class EngineApi {
  constructor(api) {
    this.base = api.engineApi;
    this.token = api.CSRFToken;
  }

  async get(path, parameters) {
    const query = new URLSearchParams();
    Object.entries(parameters || {}).forEach(([name, val]) => {
      if (val !== undefined && val !== null && val !== '') {
        query.append(name, val);
      }
    });
    const url = `${this.base}${path}${query.toString() ? `?${query}` : ''}`;
    const response = await fetch(url, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-XSRF-TOKEN': this.token }
    });
    if (!response.ok) {
      const error = new Error(`${response.status} ${url}`);
      error.status = response.status;
      throw error;
    }
    return response.json();
  }
}

function injectStyles() {
  if (!document.getElementById('gridcase-history-styles')) {
    document.head.append(el('style', { id: 'gridcase-history-styles' }, diagramCss, bpmnCss, pluginCss));
  }
}

// ---------------------------------------------------------------- search

async function definitionOptions(engine) {
  try {
    const definitions = await engine.get('/process-definition', { latestVersion: true, sortBy: 'name', sortOrder: 'asc' });
    return definitions.map((definition) => el('option', { value: definition.key }, definition.name || definition.key));
  } catch (error) {
    return [];
  }
}

function isEnd(activity) {
  return activity.activityType.endsWith('EndEvent');
}

/** Where a finished instance ended (the name of its last end event), or that it is still running. */
function outcome(instance, endEvents) {
  if (instance.state === 'ACTIVE' || instance.state === 'SUSPENDED') {
    return '办理中';
  }
  const end = endEvents.filter(isEnd).pop();
  return end ? end.activityName || end.activityId : STATES[instance.state] || instance.state;
}

/** A finished instance's outcome from the one activity that completed its scope (indexed, one row). */
async function outcomeOf(engine, instance) {
  if (instance.state === 'ACTIVE' || instance.state === 'SUSPENDED') {
    return outcome(instance, []);
  }
  const last = await engine.get('/history/activity-instance', {
    processInstanceId: instance.id,
    completeScope: true,
    sortBy: 'occurrence',
    sortOrder: 'desc',
    maxResults: 1
  });
  return outcome(instance, last);
}

/**
 * The search's filters as GridCase's history search takes them (GET /api/history/process-instances):
 * a complete tracking number is looked up exactly, a part of one matches the numbers that begin
 * with it; a grid code finds the instances of the cases in that grid and below it; dates are days.
 */
function searchParameters(form) {
  const data = new FormData(form);
  return {
    trackingNumber: data.get('trackingNumber').trim(),
    processDefinitionKey: data.get('processDefinitionKey'),
    gridCode: data.get('gridCode').trim(),
    startedAfter: data.get('startedAfter'),
    startedBefore: data.get('startedBefore'),
    finishedAfter: data.get('finishedAfter'),
    finishedBefore: data.get('finishedBefore'),
    state: data.get('state')
  };
}

/** The search is GridCase's own (same login session); it asks the engine as the logged-in user. */
async function searchInstances(parameters) {
  const query = new URLSearchParams();
  Object.entries(parameters).forEach(([name, val]) => {
    if (val !== undefined && val !== null && val !== '') {
      query.append(name, val);
    }
  });
  const response = await fetch(`/api/history/process-instances?${query}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' }
  });
  if (!response.ok) {
    const error = new Error(String(response.status));
    error.status = response.status;
    const problem = await response.json().catch(() => ({}));
    error.problems = (problem.errors || []).map((item) => item.message);
    throw error;
  }
  return response.json();
}

function pager(page, pages, go) {
  return el('div', { class: 'gc-pager' },
    el('button', { type: 'button', class: 'btn btn-default gc-previous', disabled: page <= 1, onclick: () => go(page - 1) }, '上一页'),
    el('span', { class: 'gc-page' }, `第 ${page} / ${pages} 页`),
    el('button', { type: 'button', class: 'btn btn-default gc-next', disabled: page >= pages, onclick: () => go(page + 1) }, '下一页'));
}

async function runSearch(engine, parameters, pageSize, page, results) {
  results.replaceChildren(el('p', { class: 'gc-loading' }, '正在查询…'));
  const firstResult = (page - 1) * pageSize;
  try {
    const found = await searchInstances({ ...parameters, firstResult, maxResults: pageSize });
    const instances = found.instances;
    const outcomes = await Promise.all(instances.map((instance) => outcomeOf(engine, instance)));
    const pages = Math.max(1, Math.ceil(found.count / pageSize));
    const go = (target) => runSearch(engine, parameters, pageSize, target, results);
    results.replaceChildren(
      el('p', { class: 'gc-count' }, `共找到 ${found.count} 个流程实例`,
        instances.length ? `，显示第 ${firstResult + 1}–${firstResult + instances.length} 个（每页 ${pageSize} 个）` : ''),
      table(['受理编号', '流程', '状态', '结果', '开始时间', '结束时间', ''],
        instances.map((instance, index) => [
          instance.businessKey || '—',
          instance.processDefinitionName || instance.processDefinitionKey,
          STATES[instance.state] || instance.state,
          outcomes[index],
          time(instance.startTime),
          time(instance.endTime),
          instanceLink(instance.id, '查看历史')
        ]), '没有找到您有权查看的流程实例'),
      found.count > pageSize ? pager(page, pages, go) : '');
  } catch (error) {
    results.replaceChildren(error.problems && error.problems.length
      ? el('p', { class: 'gc-error' }, `查询条件有误：${error.problems.join('；')}`)
      : el('p', { class: 'gc-error' }, `查询失败（${error.status || error.message}）`));
  }
}

async function renderSearch(node, engine) {
  const results = el('div', { class: 'gc-results' });
  const processSelect = el('select', { name: 'processDefinitionKey', class: 'form-control' },
    el('option', { value: '' }, '全部流程'));
  const form = el('form', { class: 'gc-search', onsubmit: (event) => {
    event.preventDefault();
    runSearch(engine, searchParameters(form), Number(new FormData(form).get('pageSize')), 1, results);
  } },
  el('label', {}, '受理编号', el('input', { name: 'trackingNumber', class: 'form-control', placeholder: '完整编号或开头部分，如 20261121-384105' })),
  el('label', {}, '流程', processSelect),
  el('label', {}, '网格编码（含下级）', el('input', { name: 'gridCode', class: 'form-control', placeholder: '如 410104001001' })),
  el('label', {}, '状态', el('select', { name: 'state', class: 'form-control' },
    el('option', { value: '' }, '全部'),
    el('option', { value: 'unfinished' }, '运行中'),
    el('option', { value: 'finished' }, '已结束'))),
  el('label', {}, '开始日期从', el('input', { name: 'startedAfter', type: 'date', class: 'form-control' })),
  el('label', {}, '开始日期至', el('input', { name: 'startedBefore', type: 'date', class: 'form-control' })),
  el('label', {}, '结束日期从', el('input', { name: 'finishedAfter', type: 'date', class: 'form-control' })),
  el('label', {}, '结束日期至', el('input', { name: 'finishedBefore', type: 'date', class: 'form-control' })),
  el('label', {}, '每页', el('select', { name: 'pageSize', class: 'form-control' },
    PAGE_SIZES.map((size) => el('option', { value: size, selected: size === DEFAULT_PAGE_SIZE }, `${size} 个`)))),
  el('button', { type: 'submit', class: 'btn btn-primary' }, '查询'));
  node.replaceChildren(el('div', { class: 'gc-history' },
    el('h2', {}, '案件历史查询'),
    el('p', { class: 'gc-hint' }, '按受理编号、流程、网格、日期查找运行中和已结束的流程实例；只显示您有权查看的内容。'),
    form, results));
  processSelect.append(...await definitionOptions(engine));
}

// ---------------------------------------------------------------- history of one instance

function taskActors(task, links, operations) {
  const rows = [];
  links.filter((link) => link.taskId === task.id).forEach((link) => {
    const who = link.userId || (link.groupId && `组 ${link.groupId}`);
    const verb = link.operationType === 'add' ? '添加' : '移除';
    rows.push([link.time, `${verb}${IDENTITY_LINKS[link.type] || link.type}：${who}${link.assignerId ? `（操作人 ${link.assignerId}）` : ''}`]);
  });
  const counted = new Set();
  operations.filter((entry) => entry.taskId === task.id && ['Claim', 'Assign', 'Complete'].includes(entry.operationType))
    .filter((entry) => !counted.has(entry.operationId) && counted.add(entry.operationId))
    .forEach((entry) => rows.push([entry.timestamp, `${OPERATIONS[entry.operationType]}：${entry.userId || '系统'}`]));
  const seen = new Set();
  return rows
    .sort((a, b) => toDate(a[0]) - toDate(b[0]))
    .filter(([at, text]) => !seen.has(text + at) && seen.add(text + at))
    .map(([at, text]) => el('div', {}, `${time(at)} ${text}`));
}

function timeline(activities, tasks, links, operations) {
  const tasksById = new Map(tasks.map((task) => [task.id, task]));
  return table(['开始', '结束', '活动', '类型', '办理人', '认领与完成'],
    activities.map((activity) => {
      const task = activity.taskId && tasksById.get(activity.taskId);
      return [
        time(activity.startTime),
        activity.canceled ? `${time(activity.endTime)}（已取消）` : time(activity.endTime),
        activity.activityName || activity.activityId,
        ACTIVITY_TYPES[activity.activityType] || activity.activityType,
        task ? task.assignee || '未认领' : '',
        task ? taskActors(task, links, operations) : ''
      ];
    }));
}

/**
 * The instance's own start event, from the historic process instance (its start activity and
 * time): the engine keeps no historic activity instance of it (issue 13, LeanEngineHistory). Its
 * name is the diagram's.
 */
function withInstanceStart(instance, activities, bpmn20Xml) {
  if (!instance.startActivityId || activities.some((activity) => activity.activityId === instance.startActivityId)) {
    return activities;
  }
  const diagram = bpmn20Xml && new DOMParser().parseFromString(bpmn20Xml, 'application/xml');
  const element = diagram && diagram.querySelector(`[id="${CSS.escape(instance.startActivityId)}"]`);
  return [{
    id: instance.id,
    activityId: instance.startActivityId,
    activityName: element ? element.getAttribute('name') : null,
    activityType: 'startEvent',
    startTime: instance.startTime,
    endTime: instance.startTime
  }, ...activities];
}

function markPath(viewer, activities) {
  const canvas = viewer.get('canvas');
  const overlays = viewer.get('overlays');
  const registry = viewer.get('elementRegistry');
  const counts = new Map();
  activities.forEach((activity) => counts.set(activity.activityId, (counts.get(activity.activityId) || 0) + 1));
  counts.forEach((count, activityId) => {
    if (registry.get(activityId)) {
      canvas.addMarker(activityId, 'gc-taken');
      overlays.add(activityId, { position: { bottom: 12, right: 12 }, html: `<span class="gc-badge" title="经过次数">${count}</span>` });
    }
  });
  registry.filter((element) => element.type === 'bpmn:SequenceFlow')
    .filter((flow) => counts.has(flow.businessObject.sourceRef.id) && counts.has(flow.businessObject.targetRef.id))
    .forEach((flow) => canvas.addMarker(flow.id, 'gc-taken'));
  canvas.zoom('fit-viewport', 'auto');
  canvas.zoom(canvas.zoom() * 0.95, 'auto');
}

async function renderDiagram(container, bpmn20Xml, activities) {
  try {
    if (!bpmn20Xml) {
      throw new Error('no diagram');
    }
    const viewer = new NavigatedViewer({ container });
    await viewer.importXML(bpmn20Xml);
    markPath(viewer, activities);
    return viewer;
  } catch (error) {
    container.replaceChildren(el('p', { class: 'gc-error' }, '无法显示流程图'));
    return null;
  }
}

function header(instance, superInstance, result) {
  const rows = [
    ['受理编号', instance.businessKey || '—'],
    ['流程', instance.processDefinitionName || instance.processDefinitionKey],
    ['流程版本', instance.processDefinitionVersion],
    ['状态', STATES[instance.state] || instance.state],
    ['结果', result],
    ['开始时间', time(instance.startTime)],
    ['结束时间', time(instance.endTime)],
    ['用时', duration(instance.durationInMillis)],
    ['发起人', instance.startUserId || '系统'],
    ['上级流程', superInstance ? instanceLink(superInstance.id, `${superInstance.processDefinitionName || superInstance.processDefinitionKey}（${superInstance.businessKey || superInstance.id}）`) : '无'],
    ['删除原因', instance.deleteReason || '—']
  ];
  return el('dl', { class: 'gc-facts' }, rows.map(([term, detail]) => [el('dt', {}, term), el('dd', {}, detail)]));
}

/**
 * The instance's tasks and who was linked to each (candidates, assignees). The engine's identity
 * link log has no process instance filter (an unknown parameter is ignored and would answer the
 * whole log), so it is asked per task, by its indexed task id.
 */
async function tasksWithIdentityLinks(engine, byInstance) {
  const tasks = await engine.get('/history/task', byInstance);
  const links = await Promise.all(tasks.map((task) => engine.get('/history/identity-link-log',
    { taskId: task.id, sortBy: 'time', sortOrder: 'asc' })));
  return [tasks, links.flat()];
}

/**
 * The case the instance belongs to: every process of a case carries its id as variable caseId
 * (a variable a process starts with has no historic detail of its own, issue 13).
 */
function caseIdOf(caseIdVariables) {
  const variable = caseIdVariables.find((candidate) => candidate.name === 'caseId');
  return variable ? String(variable.value) : null;
}

/** The case's printable trace and its exports (served by GridCase itself, outside Cockpit). */
function traceLinks(caseId) {
  if (!caseId) {
    return '';
  }
  const id = encodeURIComponent(caseId);
  return el('p', { class: 'gc-trace-links' },
    el('a', { class: 'btn btn-default', href: `/cases/${id}/trace`, target: '_blank', rel: 'noopener' }, '打印'),
    el('a', { class: 'btn btn-default', href: `/api/cases/${id}/trace.pdf` }, '导出PDF'),
    el('a', { class: 'btn btn-default', href: `/api/cases/${id}/trace.csv` }, '导出CSV'));
}

async function renderHistory(node, engine, id) {
  node.replaceChildren(el('div', { class: 'gc-history' }, el('p', { class: 'gc-loading' }, '正在加载…')));
  let instance;
  try {
    instance = await engine.get(`/history/process-instance/${encodeURIComponent(id)}`);
  } catch (error) {
    node.replaceChildren(el('div', { class: 'gc-history' },
      el('p', {}, el('a', { href: `#${PATH}` }, '← 返回查询')),
      el('p', { class: 'gc-error gc-denied' }, '无法查看此流程实例：实例不存在，或您无权查看其历史。')));
    return null;
  }
  const byInstance = { processInstanceId: id };
  const [recorded, [tasks, links], operations, details, incidents, decisions, called, superInstance, caseIdVariables, diagramXml] = await Promise.all([
    engine.get('/history/activity-instance', { ...byInstance, sortBy: 'occurrence', sortOrder: 'asc' }),
    tasksWithIdentityLinks(engine, byInstance),
    engine.get('/history/user-operation', { ...byInstance, sortBy: 'timestamp', sortOrder: 'asc' }),
    engine.get('/history/detail', { ...byInstance, sortBy: 'time', sortOrder: 'asc', deserializeValues: false }),
    engine.get('/history/incident', byInstance),
    engine.get('/history/decision-instance', { ...byInstance, includeInputs: true, includeOutputs: true, sortBy: 'evaluationTime', sortOrder: 'asc' }),
    engine.get('/history/process-instance', { superProcessInstanceId: id, sortBy: 'startTime', sortOrder: 'asc' }),
    instance.superProcessInstanceId
      ? engine.get(`/history/process-instance/${instance.superProcessInstanceId}`).catch(() => null)
      : Promise.resolve(null),
    engine.get('/history/variable-instance', { ...byInstance, variableName: 'caseId', deserializeValues: false }),
    engine.get(`/process-definition/${instance.processDefinitionId}/xml`).then(({ bpmn20Xml }) => bpmn20Xml).catch(() => null)
  ]);
  const activities = withInstanceStart(instance, recorded, diagramXml);
  const activityNames = new Map(activities.map((activity) => [activity.id, activity.activityName || activity.activityId]));
  const namesById = new Map(activities.map((activity) => [activity.activityId, activity.activityName || activity.activityId]));
  const diagram = el('div', { class: 'gc-diagram' });
  const formFields = details.filter((detail) => detail.type === 'formField');
  const updates = details.filter((detail) => detail.type === 'variableUpdate');

  node.replaceChildren(el('div', { class: 'gc-history' },
    el('p', {}, el('a', { href: `#${PATH}` }, '← 返回查询')),
    el('h2', {}, `流程实例历史：${instance.processDefinitionName || instance.processDefinitionKey}`),
    traceLinks(caseIdOf(caseIdVariables)),
    header(instance, superInstance, outcome(instance, activities)),
    section('流程图（已走过的路径已标出，数字为经过次数）', diagram),
    section('活动时间线', timeline(activities, tasks, links, operations)),
    section('调用的子流程', table(['受理编号', '流程', '状态', '开始时间', '结束时间', ''],
      called.map((sub) => [sub.businessKey || '—', sub.processDefinitionName || sub.processDefinitionKey,
        STATES[sub.state] || sub.state, time(sub.startTime), time(sub.endTime), instanceLink(sub.id, '查看历史')]), '未调用子流程')),
    section('提交的表单', table(['时间', '活动', '字段', '值'],
      formFields.map((field) => [time(field.time), activityNames.get(field.activityInstanceId) || '—', field.fieldId, value(field)]),
      '没有通过表单提交的数据')),
    section('变量变更', table(['时间', '活动', '变量', '类型', '值', '版本'],
      updates.map((update) => [time(update.time), activityNames.get(update.activityInstanceId) || '—', update.variableName,
        update.variableType, value(update), update.revision]))),
    section('决策（DMN）评估', table(['时间', '决策', '活动', '输入', '输出'],
      decisions.map((decision) => [time(decision.evaluationTime), decision.decisionDefinitionName || decision.decisionDefinitionKey,
        namesById.get(decision.activityId) || decision.activityId, (decision.inputs || []).map((input) => el('div', {}, `${input.clauseName || input.clauseId}：${value(input)}`)),
        (decision.outputs || []).map((output) => el('div', {}, `${output.clauseName || output.variableName}：${value(output)}`))]),
      '没有决策评估')),
    section('事件（Incident）', table(['创建时间', '结束时间', '类型', '活动', '信息', '状态'],
      incidents.map((incident) => [time(incident.createTime), time(incident.endTime), incident.incidentType, incident.activityId,
        incident.incidentMessage || '', incident.open ? '未解决' : incident.resolved ? '已解决' : '已删除']),
      '没有事件')),
    section('用户操作日志', table(['时间', '操作人', '操作', '对象', '属性', '原值', '新值'],
      operations.map((entry) => [time(entry.timestamp), entry.userId || '系统', OPERATIONS[entry.operationType] || entry.operationType,
        entry.entityType, entry.property || '', entry.orgValue || '', entry.newValue || '']),
      '没有用户操作记录'))));
  return renderDiagram(diagram, diagramXml, activities);
}

// ---------------------------------------------------------------- plugins

let viewer = null;

function instanceIdFromLocation() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('instance');
}

export default [
  {
    id: 'gridcase-history-route',
    pluginPoint: 'cockpit.route',
    priority: 10,
    properties: { path: PATH, label: '案件历史' },
    render: (node, { api }) => {
      injectStyles();
      const engine = new EngineApi(api);
      const id = instanceIdFromLocation();
      if (id) {
        renderHistory(node, engine, id).then((created) => {
          viewer = created;
        });
      } else {
        renderSearch(node, engine);
      }
    },
    unmount: () => {
      if (viewer) {
        viewer.destroy();
        viewer = null;
      }
    }
  },
  {
    id: 'gridcase-history-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 10,
    properties: {
      pagePath: `#${PATH}`,
      label: '案件历史',
      checkActive: (url) => url.includes(`#${PATH}`)
    }
  },
  {
    id: 'gridcase-history-dashboard',
    pluginPoint: 'cockpit.dashboard',
    priority: 20,
    render: (node) => {
      node.replaceChildren(el('section', { class: 'gc-dashboard-link' },
        el('h3', {}, '案件历史'),
        el('p', {}, '按受理编号查找已结束和运行中的案件流程，查看走过的路径、办理人和操作记录。'),
        el('a', { class: 'btn btn-default', href: `#${PATH}` }, '打开案件历史查询')));
    }
  }
];
