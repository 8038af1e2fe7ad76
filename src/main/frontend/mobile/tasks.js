// 我的任务: tasks the worker holds or may claim, with light and deadline; claim, and complete
// those whose form is simple.
import { get, post, ApiError } from './api.js';
import { h, shown, toast } from './dom.js';

const LIGHTS = { GREEN: ['绿灯', 'light-green'], YELLOW: ['黄灯', 'light-yellow'], RED: ['红灯', 'light-red'] };

// the first screen's worth, soonest deadline first; more when the worker asks, up to MOST (the API
// answers at most 200). Each list asks for one task more than it shows: that one tells whether
// there are more (so exactly 30 tasks read "30", not "30+", and offer no 加载更多任务).
const PAGE = 30;
const MOST = 180;

export function renderTasks(view) {
  view.replaceChildren(h('p', { class: 'muted' }, '正在加载任务…'));
  return showTasks(view, PAGE);
}

async function showTasks(view, max) {
  let tasks;
  try {
    tasks = await get(`/api/my/tasks?max=${max + 1}`);
  } catch (e) {
    view.replaceChildren(h('p', { class: 'notice' }, `无法加载任务：${e.message}`));
    return;
  }
  const more = tasks.length > max;
  tasks = tasks.slice(0, max);
  const mine = tasks.filter((t) => !t.claimable);
  const open = tasks.filter((t) => t.claimable);
  const count = (n) => (more ? `${n}+` : `${n}`);
  view.replaceChildren(...[
    h('h2', {}, `我的待办（${count(mine.length)}）`),
    mine.length ? mine.map((t) => card(t, view)) : h('p', { class: 'muted' }, '暂无已认领的任务'),
    h('h2', {}, `可认领（${count(open.length)}）`),
    open.length ? open.map((t) => card(t, view)) : h('p', { class: 'muted' }, '暂无可认领的任务'),
    more && max < MOST
      ? h('button', { class: 'big', 'data-more': '', onclick: () => showTasks(view, Math.min(max + PAGE, MOST)) },
        '加载更多任务')
      : null,
    more && max >= MOST ? h('p', { class: 'muted', 'data-most': '' }, `仅显示最紧急的${MOST}项，其余任务请在电脑上的任务列表中查看`) : null,
  ].flat().filter(Boolean));
}

function card(task, view) {
  const [lightText, lightClass] = LIGHTS[task.light] || ['无时限', 'light-none'];
  const summary = [task.issueType, task.address].filter(Boolean).join(' · ');
  const body = h('div', { class: 'task-actions' });
  const node = h('article', { class: 'card task', 'data-task': task.id },
    h('div', { class: 'task-head' },
      h('span', { class: `light ${lightClass}`, title: lightText }, lightText),
      h('strong', { class: 'task-name' }, task.name)),
    summary ? h('div', { class: 'task-summary' }, summary) : null,
    task.description ? h('div', { class: 'task-desc' }, task.description) : null,
    h('div', { class: 'task-meta' },
      task.trackingNumber ? h('span', {}, `受理编号 ${task.trackingNumber}`) : null,
      h('span', { class: task.light === 'RED' ? 'overdue' : '' },
        task.deadline ? `截止 ${task.deadline}` : task.due ? `截止 ${shown(task.due)}` : '无截止时间')),
    body);
  if (task.claimable) {
    body.appendChild(h('button', {
      class: 'big primary', onclick: async (event) => {
        event.target.disabled = true;
        try {
          await post(`/api/my/tasks/${task.id}/claim`);
          toast('已认领');
        } catch (e) {
          toast(`认领失败：${e.message}`, 'error');
        }
        renderTasks(view);
      },
    }, '认领'));
  } else if (task.form.simple) {
    body.appendChild(h('button', { class: 'big primary', onclick: () => body.replaceChildren(completeForm(task, view)) }, '办理'));
  } else {
    body.appendChild(h('p', { class: 'muted' }, '此任务表单较复杂，请在电脑上的任务列表中办理。'));
  }
  return node;
}

function completeForm(task, view) {
  const form = h('form', { class: 'complete-form' });
  for (const field of task.form.fields) {
    form.appendChild(input(field));
  }
  const error = h('p', { class: 'error', hidden: true });
  form.append(error, h('button', { type: 'submit', class: 'big primary' }, '提交办理结果'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const variables = {};
    for (const field of task.form.fields) {
      const value = valueOf(form, field);
      if (value !== undefined) variables[field.key] = value;
    }
    const submit = form.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      await post(`/api/my/tasks/${task.id}/complete`, { variables });
      toast('已办结');
      renderTasks(view);
    } catch (e) {
      error.hidden = false;
      error.textContent = e instanceof ApiError ? e.message : `提交失败：${e.message}`;
      submit.disabled = false;
    }
  });
  return form;
}

function input(field) {
  const label = `${field.label}${field.required ? ' *' : ''}`;
  switch (field.type) {
    case 'textarea':
      return h('label', { class: 'field' }, label, h('textarea', { name: field.key, rows: 3, required: field.required }));
    case 'number':
      return h('label', { class: 'field' }, label, h('input', { name: field.key, type: 'number', inputmode: 'decimal', required: field.required }));
    case 'checkbox':
      return h('label', { class: 'field check' }, h('input', { name: field.key, type: 'checkbox' }), field.label);
    case 'radio':
    case 'select':
      return h('fieldset', { class: 'field choices' }, h('legend', {}, label),
        field.options.map((o) => h('label', { class: 'choice' },
          h('input', { type: 'radio', name: field.key, value: o.value, required: field.required }), o.label)));
    default:
      return h('label', { class: 'field' }, label, h('input', { name: field.key, type: 'text', required: field.required }));
  }
}

function valueOf(form, field) {
  if (field.type === 'checkbox') return form.elements[field.key].checked;
  if (field.type === 'radio' || field.type === 'select') {
    const checked = form.querySelector(`input[name="${field.key}"]:checked`);
    return checked ? checked.value : undefined;
  }
  const raw = form.elements[field.key].value.trim();
  if (!raw) return undefined;
  return field.type === 'number' ? Number(raw) : raw;
}
