package org.gridcase.cases.process;

import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import org.gridcase.shared.UserTexts;

import org.springframework.util.ReflectionUtils;

/**
 * Completing a task and submitting its form store only what the task's form declares
 * ({@link DeclaredTaskInputs}); anything else is refused with a {@code FormFieldValidationException}
 * (400) before the engine changes anything. Engine administrators are exempt.
 * <p>
 * Why a command interceptor: {@code CompleteTaskCmd} ({@code TaskService.complete}, REST
 * {@code complete}) and {@code SubmitTaskFormCmd} ({@code submitTaskForm}, REST {@code submit-form},
 * Tasklist) are the one place every caller passes — engine REST, the webapps' engine API and Java
 * callers alike — and the only place the submission is seen apart from the variables the process
 * already holds: a complete task listener sees them merged. The engine has no public hook for
 * "variables submitted with a completion", so the two commands' {@code taskId} and variables are
 * read from their fields. Runs inside the command context (a post interceptor).
 * <p>
 * Authorization comes before a refusal: a caller who may not work the task gets the engine's
 * {@code AuthorizationException} (403) for {@code TASK_WORK}, the check the command itself makes,
 * not a 400 describing the form. An acceptable submission leaves that check to the command, which
 * makes it anyway: checking twice doubled the authorization queries of every completion
 * (issue 13). Completions of one task are serialised by a row lock; the
 * later finds the task gone, a {@code NotFoundException} (404) where the command would report a
 * null value.
 */
class DeclaredInputsInterceptor extends CommandInterceptor {

	private final TaskForms forms;

	DeclaredInputsInterceptor(TaskForms forms) {
		this.forms = forms;
	}

	@Override
	public <T> T execute(Command<T> command) {
		if (command instanceof SubmitTaskFormCmd) {
			check(field(command, "taskId"), field(command, "properties"));
		}
		else if (command instanceof CompleteTaskCmd && !(command instanceof ResolveTaskCmd)) {
			check(field(command, "taskId"), field(command, "variables"));
		}
		return this.next.execute(command);
	}

	private void check(String taskId, Map<String, Object> submitted) {
		if (taskId == null) {
			return; // the command says what is missing
		}
		CommandContext context = Context.getCommandContext();
		lock(context, taskId);
		TaskEntity task = context.getTaskManager().findTaskById(taskId);
		if (task == null) {
			throw new NotFoundException(UserTexts.get("task.gone", taskId));
		}
		if (submitted == null || submitted.isEmpty() || engineAdministrator(context)) {
			return;
		}
		Map<String, String> problems = this.forms.of(task)
			.map(form -> form.problemsOf(submitted, task::getVariable))
			.orElseGet(() -> DeclaredTaskInputs.withoutForm(submitted.keySet()));
		if (!problems.isEmpty()) {
			// a caller who may not work the task learns that (403), not what the form would accept
			for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
				checker.checkTaskWork(task);
			}
			throw DeclaredTaskInputs.refusal(problems);
		}
	}

	/**
	 * Completions of one task wait for each other (a row lock on the task, held to the end of the
	 * transaction), so the later one finds the task gone instead of continuing the process from
	 * a state the earlier one has already left.
	 */
	private static void lock(CommandContext context, String taskId) {
		String sql = "select ID_ from " + context.getProcessEngineConfiguration().getDatabaseTablePrefix()
				+ "ACT_RU_TASK where ID_ = ? for update";
		try (PreparedStatement lock = context.getDbSqlSession().getSqlSession().getConnection().prepareStatement(sql)) {
			lock.setString(1, taskId);
			lock.executeQuery().close();
		}
		catch (SQLException ex) {
			throw new ProcessEngineException("Could not lock task " + taskId, ex);
		}
	}

	private static boolean engineAdministrator(CommandContext context) {
		Authentication authentication = context.getAuthentication();
		return authentication != null && context.getAuthorizationManager().isCamundaAdmin(authentication);
	}

	@SuppressWarnings("unchecked")
	private static <V> V field(Object command, String name) {
		Field field = ReflectionUtils.findField(command.getClass(), name);
		if (field == null) {
			throw new IllegalStateException(command.getClass() + " has no field " + name);
		}
		ReflectionUtils.makeAccessible(field);
		return (V) ReflectionUtils.getField(field, command);
	}

}
