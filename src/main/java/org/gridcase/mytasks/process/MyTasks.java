package org.gridcase.mytasks.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.gridcase.catalogue.Catalogue;
import org.gridcase.catalogue.IssueTypeView;
import org.gridcase.shared.ConflictException;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UnprocessableInputException;
import org.gridcase.shared.UserTexts;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The tasks a person holds or may claim, read and worked through the engine's public API as
 * that person (their engine groups, as their login carries them, set as the authentication), so
 * what they see and may do is what Tasklist lets them see and do.
 */
@Service
class MyTasks {

	/** The most tasks one list answers; the phone page asks for {@link #FIRST_SCREEN} and more on demand. */
	static final int LIMIT = 200;

	static final int FIRST_SCREEN = 30;

	/** The engine's order (due date, nulls last in PostgreSQL, then creation), applied to the two lists merged. */
	private static final Comparator<Task> SOONEST_FIRST = Comparator
		.comparing(Task::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(Task::getCreateTime, Comparator.nullsLast(Comparator.naturalOrder()));

	/**
	 * The issue type's name is the catalogue's, read from the catalogue itself (as the forms'
	 * {@code issueTypeChoices} are).
	 */
	private static final List<String> SHOWN = List.of("issueType", "description", "address", "gridCode", "light",
			"deadline", "timeLimit");

	private final TaskService tasks;

	private final IdentityService identity;

	private final RuntimeService runtime;

	private final FormService forms;

	private final ObjectMapper json;

	private final Catalogue catalogue;

	private final TransactionTemplate readOnly;

	private final Map<String, TaskForm> formsByDefinitionAndKey = new ConcurrentHashMap<>();

	/** What {@link #trackingNumbersByInstance} holds for an instance without a business key. */
	private static final String NO_TRACKING_NUMBER = "";

	/**
	 * A case's tracking number (its process instance's business key, set at start and never
	 * changed) by process instance: a list asks the engine only for instances it has not seen yet,
	 * so the station's list on every visit runs no process instance query.
	 */
	private final Cache<String, String> trackingNumbersByInstance = Caffeine.newBuilder().maximumSize(20_000).build();

	MyTasks(TaskService tasks, IdentityService identity, RuntimeService runtime, FormService forms, ObjectMapper json,
			Catalogue catalogue, PlatformTransactionManager transactions) {
		this.tasks = tasks;
		this.identity = identity;
		this.runtime = runtime;
		this.forms = forms;
		this.json = json;
		this.catalogue = catalogue;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * The caller's own open tasks and those they may claim, soonest deadline first, at most
	 * {@code max} (1 to {@link #LIMIT}). All reads in one read-only transaction: one connection
	 * and one commit for the list, instead of one of each per engine query and catalogue read.
	 */
	List<MyTaskView> of(String username, List<String> groups, int max) {
		return this.readOnly.execute(transaction -> list(username, groups, max));
	}

	private List<MyTaskView> list(String username, List<String> groups, int max) {
		// two queries, each served by an index (assignee; candidate links by group), rather than one
		// whose OR across the task and its links PostgreSQL can only answer by reading every task
		List<Task> found = as(username, groups, () -> {
			List<Task> mine = new ArrayList<>(soonestFirst(this.tasks.createTaskQuery().taskAssignee(username), max));
			if (!groups.isEmpty()) {
				mine.addAll(soonestFirst(this.tasks.createTaskQuery().taskCandidateGroupIn(groups), max));
			}
			return mine.stream().sorted(SOONEST_FIRST).limit(max).toList();
		});
		Map<String, String> trackingNumbers = businessKeys(found);
		ShownVariables shown = ShownVariables.of(found, SHOWN, this.runtime);
		// the catalogue read once for the whole list (outside a transaction each question reads its version)
		Map<String, String> issueTypeNames = this.catalogue.issueTypes().stream()
			.collect(Collectors.toMap(IssueTypeView::code, IssueTypeView::name));
		List<MyTaskView> views = new ArrayList<>();
		for (Task task : found) {
			String trackingNumber = trackingNumbers.get(task.getProcessInstanceId());
			views.add(view(task, shown.of(task), NO_TRACKING_NUMBER.equals(trackingNumber) ? null : trackingNumber,
					issueTypeNames));
		}
		return views;
	}

	private List<Task> soonestFirst(TaskQuery query, int max) {
		return query.active().initializeFormKeys().orderByDueDate().asc().orderByTaskCreateTime().asc().listPage(0, max);
	}

	/**
	 * @throws NotFoundException if the task is gone or the caller may not see it
	 * @throws ConflictException if someone else holds it
	 */
	void claim(String taskId, String username, List<String> groups) {
		as(username, groups, () -> {
			visible(taskId);
			try {
				this.tasks.claim(taskId, username);
			}
			catch (TaskAlreadyClaimedException ex) {
				throw new ConflictException(UserTexts.get("my-tasks.claimed-by-someone-else"), ex);
			}
			return null;
		});
	}

	/**
	 * Completes a task the caller holds whose form is simple, with the values of its fields.
	 * @throws InvalidInputException with the form's problems, by field
	 * @throws UnprocessableInputException if the form is not simple (use Tasklist)
	 */
	void complete(String taskId, Map<String, Object> values, String username, List<String> groups) {
		as(username, groups, () -> {
			Task task = visible(taskId);
			if (!username.equals(task.getAssignee()) && !groups.contains(Groups.CAMUNDA_ADMIN)
					&& !isCandidate(taskId, username)) {
				// seeing a task (centers above the grid, auditors) is not working on it
				throw new AccessDeniedException(UserTexts.get("my-tasks.not-allowed"));
			}
			if (!username.equals(task.getAssignee())) {
				throw new ConflictException(UserTexts.get("my-tasks.claim-first"), null);
			}
			if (!formOf(task).simple()) {
				throw new UnprocessableInputException("taskId", UserTexts.get("my-tasks.form-too-complex"));
			}
			try {
				this.tasks.complete(taskId, values == null ? Map.of() : values);
			}
			catch (RuntimeException ex) {
				throw refusal(ex);
			}
			return null;
		});
	}

	/** A candidate of the task in person or through one of their posts (the engine asks for the groups). */
	private boolean isCandidate(String taskId, String username) {
		return this.tasks.createTaskQuery().taskId(taskId).taskCandidateUser(username).includeAssignedTasks().count() > 0;
	}

	private Task visible(String taskId) {
		Task task = this.tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
		if (task == null) {
			throw new NotFoundException(UserTexts.get("my-tasks.not-found", taskId));
		}
		return task;
	}

	private MyTaskView view(Task task, Map<String, Object> variables, String trackingNumber,
			Map<String, String> issueTypeNames) {
		String issueType = variables.get("issueType") instanceof String code ? issueTypeNames.getOrDefault(code, code) : null;
		return new MyTaskView(task.getId(), task.getName(), instant(task.getCreateTime()), instant(task.getDueDate()),
				text(variables.get("light")), text(variables.get("deadline")), text(variables.get("timeLimit")),
				trackingNumber, issueType, text(variables.get("description")), text(variables.get("address")),
				text(variables.get("gridCode")), task.getAssignee(), task.getAssignee() == null,
				formOf(task));
	}

	/** The task's deployed Camunda Form as the phone page renders it; read once per process definition and form. */
	private TaskForm formOf(Task task) {
		if (task.getCamundaFormRef() == null) {
			return TaskForm.NONE;
		}
		String cacheKey = task.getProcessDefinitionId() + "\n" + task.getCamundaFormRef().getKey();
		return this.formsByDefinitionAndKey.computeIfAbsent(cacheKey, key -> {
			try (InputStream form = this.forms.getDeployedTaskForm(task.getId())) {
				return TaskForm.of(this.json.readTree(form));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
	}

	private Map<String, String> businessKeys(List<Task> found) {
		Set<String> instanceIds = found.stream()
			.map(Task::getProcessInstanceId)
			.filter(id -> id != null)
			.collect(Collectors.toSet());
		return this.trackingNumbersByInstance.getAll(instanceIds, this::businessKeysOf);
	}

	/**
	 * The business keys of the instances; an instance without one (a process started outside
	 * intake) as {@link #NO_TRACKING_NUMBER}, so that it is remembered too and not asked for again
	 * by every list that shows it.
	 */
	private Map<String, String> businessKeysOf(Set<? extends String> instanceIds) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processInstanceIds(Set.copyOf(instanceIds))
			.list()) {
			keys.put(instance.getId(), instance.getBusinessKey() == null ? NO_TRACKING_NUMBER : instance.getBusinessKey());
		}
		return keys;
	}

	/** Runs engine calls as the caller, so the engine's authorizations apply. */
	private <T> T as(String username, List<String> groups, Supplier<T> work) {
		this.identity.setAuthentication(username, groups);
		try {
			return work.get();
		}
		catch (AuthorizationException ex) {
			throw new AccessDeniedException(UserTexts.get("my-tasks.not-allowed"), ex);
		}
		catch (org.camunda.bpm.engine.exception.NotFoundException ex) {
			throw new NotFoundException(UserTexts.get("my-tasks.gone"));
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

	private static RuntimeException refusal(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof FormFieldValidationException invalid && invalid.getDetail() instanceof Map<?, ?> byField) {
				List<FieldProblem> problems = new ArrayList<>();
				byField.forEach((field, message) -> problems.add(new FieldProblem(String.valueOf(field), String.valueOf(message))));
				return new InvalidInputException(problems);
			}
		}
		return ex;
	}

	private static String text(Object value) {
		return value == null ? null : String.valueOf(value);
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

}
