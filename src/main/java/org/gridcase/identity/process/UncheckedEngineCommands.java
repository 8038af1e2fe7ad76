package org.gridcase.identity.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cmd.AbstractSetBatchStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AddCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.TelemetryConfigureCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.AttachmentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Attachment;

import org.springframework.util.ReflectionUtils;

/**
 * Engine authorization checks for the commands the engine runs without one, or with one that
 * lets a task's candidates do more than work it. Each check goes through the engine's own
 * command checkers and authorizations, so the engine administrator passes and everyone is
 * answered 403 ({@code AuthorizationException}):
 * <ul>
 * <li>a task comment needs {@code TASK_WORK} on the task (its candidates and assignee; not
 * auditors or the centers above, who only read); a process instance comment {@code UPDATE} on
 * the instance;</li>
 * <li>attachments, resolving, BPMN errors and escalations from a task, editing or deleting task
 * comments need {@code TASK_ASSIGN}/{@code UPDATE} on the task, which only the administrator
 * holds (the engine asks for nothing, or for {@code TASK_WORK});</li>
 * <li>correlating a message or broadcasting a signal needs {@code UPDATE} on every process
 * instance: the engine checks only the instances it finds, so a message or signal nobody waits
 * for would pass;</li>
 * <li>a job created outside a process definition (the light timers) is one the engine does not
 * check at all: it needs {@code UPDATE} on its process instance, or on every instance;</li>
 * <li>unclaiming ({@code setAssignee(task, null)} by the assignee) is working the task: it needs
 * {@code TASK_WORK} where the engine asks {@code TASK_ASSIGN};</li>
 * <li>deleting a task, evaluating start conditions, restarting instances, fetching external
 * tasks and starting any batch are asked for their permission first ({@code DELETE} on the task,
 * {@code CREATE} on process instances, {@code UPDATE} on every instance, {@code CREATE} on
 * batches): the engine validates the request before it checks, so a refused caller was answered
 * 400 or 500, or fetched an empty list;</li>
 * <li>configuring telemetry is the administrator's (the engine checks nothing).</li>
 * </ul>
 * The commands' fields are read by reflection: the engine offers no public view of a command.
 */
class UncheckedEngineCommands extends CommandInterceptor {

	@Override
	public <T> T execute(Command<T> command) {
		CommandContext context = Context.getCommandContext();
		if (command instanceof AddCommentCmd) {
			onTaskOrInstance(context, field(command, "taskId"), field(command, "processInstanceId"),
					CommandChecker::checkTaskWork);
		}
		else if (command instanceof CreateAttachmentCmd) {
			onTaskOrInstance(context, field(command, "taskId"), field(command, "processInstanceId"),
					CommandChecker::checkTaskAssign);
		}
		else if (command instanceof SaveAttachmentCmd) {
			Attachment attachment = field(command, "attachment");
			onTaskOrInstance(context, attachment.getTaskId(), attachment.getProcessInstanceId(),
					CommandChecker::checkTaskAssign);
		}
		else if (command instanceof DeleteAttachmentCmd) {
			AttachmentEntity attachment = context.getDbEntityManager()
				.selectById(AttachmentEntity.class, field(command, "attachmentId"));
			if (attachment != null) {
				onTaskOrInstance(context, attachment.getTaskId(), attachment.getProcessInstanceId(),
						CommandChecker::checkTaskAssign);
			}
		}
		else if (command instanceof ResolveTaskCmd || command instanceof HandleTaskBpmnErrorCmd
				|| command instanceof HandleTaskEscalationCmd || command instanceof DeleteTaskCommentCmd
				|| command instanceof UpdateCommentCmd) {
			onTaskOrInstance(context, field(command, "taskId"), null, CommandChecker::checkTaskAssign);
		}
		else if (command instanceof CorrelateMessageCmd || command instanceof CorrelateAllMessageCmd
				|| command instanceof SignalEventReceivedCmd) {
			context.getAuthorizationManager()
				.checkAuthorization(Permissions.UPDATE, Resources.PROCESS_INSTANCE, Authorization.ANY);
		}
		else if (command instanceof SetJobRetriesCmd && field(command, "jobIds") instanceof List<?> jobIds) {
			jobIds.forEach(jobId -> outsideAnyProcessDefinition(context, (String) jobId));
			outsideAnyProcessDefinition(context, field(command, "jobId"));
		}
		else if (command instanceof SetJobRetriesCmd || command instanceof SetJobDuedateCmd
				|| command instanceof SetJobPriorityCmd || command instanceof RecalculateJobDuedateCmd
				|| command instanceof DeleteJobCmd || command instanceof ExecuteJobsCmd) {
			outsideAnyProcessDefinition(context, field(command, "jobId"));
		}
		else if (command instanceof DeleteTaskCmd) {
			List<String> taskIds = new ArrayList<>();
			Collection<String> many = field(command, "taskIds");
			if (many != null) {
				taskIds.addAll(many);
			}
			String one = field(command, "taskId");
			if (one != null) {
				taskIds.add(one);
			}
			// the engine's own check skips tasks of a process, which it then refuses to delete (500)
			taskIds.forEach(taskId -> context.getAuthorizationManager()
				.checkAuthorization(Permissions.DELETE, Resources.TASK, taskId));
		}
		else if (command instanceof EvaluateStartConditionCmd || command instanceof RestartProcessInstancesCmd) {
			context.getAuthorizationManager().checkAuthorization(Permissions.CREATE, Resources.PROCESS_INSTANCE);
		}
		else if (command instanceof FetchExternalTasksCmd) {
			context.getAuthorizationManager()
				.checkAuthorization(Permissions.UPDATE, Resources.PROCESS_INSTANCE, Authorization.ANY);
		}
		else if (command instanceof TelemetryConfigureCmd) {
			context.getAuthorizationManager().checkCamundaAdmin();
		}
		else if (command instanceof AbstractSetProcessDefinitionStateCmd
				&& field(command, "processDefinitionId") instanceof String definitionId
				&& context.getProcessDefinitionManager().findLatestDefinitionById(definitionId) == null) {
			// the engine fails on an unknown id with a NullPointerException (answered 500)
			throw new NotFoundException("No process definition found with id " + definitionId);
		}
		else if (createsBatch(command)) {
			context.getAuthorizationManager().checkAuthorization(Permissions.CREATE, Resources.BATCH);
		}
		else if (command instanceof AssignTaskCmd && field(command, "userId") == null) {
			return unclaim(context, command);
		}
		return this.next.execute(command);
	}

	/**
	 * Commands that start a batch validate their selection before the engine asks for the batch
	 * permission, so a caller without it learned about the selection (400) instead of being refused.
	 */
	private static boolean createsBatch(Command<?> command) {
		String name = command.getClass().getSimpleName();
		return command.getClass().getPackageName().startsWith("org.camunda.bpm.engine.impl.cmd.batch")
				|| command instanceof ModifyProcessInstanceAsyncCmd
				|| (name.endsWith("BatchCmd") && !(command instanceof AbstractSetBatchStateCmd));
	}

	private static void onTaskOrInstance(CommandContext context, String taskId, String processInstanceId,
			BiConsumer<CommandChecker, TaskEntity> taskCheck) {
		TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
		for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
			if (task != null) {
				taskCheck.accept(checker, task);
			}
			else if (processInstanceId != null) {
				checker.checkUpdateProcessInstanceById(processInstanceId);
			}
		}
	}

	private static void outsideAnyProcessDefinition(CommandContext context, String jobId) {
		JobEntity job = jobId == null ? null : context.getJobManager().findJobById(jobId);
		if (job == null || job.getProcessDefinitionKey() != null) {
			return;
		}
		if (job.getProcessInstanceId() != null) {
			for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
				checker.checkUpdateProcessInstanceById(job.getProcessInstanceId());
			}
		}
		else {
			context.getAuthorizationManager().checkAuthorization(Permissions.UPDATE, Resources.PROCESS_INSTANCE,
					Authorization.ANY);
		}
	}

	private <T> T unclaim(CommandContext context, Command<T> command) {
		TaskEntity task = context.getTaskManager().findTaskById(field(command, "taskId"));
		var authentication = context.getAuthentication();
		if (task == null || authentication == null || !authentication.getUserId().equals(task.getAssignee())) {
			return this.next.execute(command);
		}
		for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
			checker.checkTaskWork(task);
		}
		return context.runWithoutAuthorization(() -> this.next.execute(command));
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
