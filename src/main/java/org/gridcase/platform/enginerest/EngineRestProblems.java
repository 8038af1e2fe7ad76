package org.gridcase.platform.enginerest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import java.sql.SQLException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.AuthorizationException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;

/**
 * How the engine's REST API answers what the engine reports as a failure but is none of the
 * server's: a refusal the resource wrapped (a comment the engine refused answers 400) is 403 as
 * the engine reports it, a refused deployment ({@code ParseException}) 400 naming each refused
 * element as a field, a concurrent change ({@code OptimisticLockingException}, a task claimed meanwhile)
 * is 409, a form field the engine refuses 400 naming the field, something missing that the
 * resource would answer 500 for 404 (the REST API's {@code complete} answers each of them 500) — as {@code application/problem+json}
 * with {@code errors: [{field, message}]} and the engine's {@code message} kept for Tasklist.
 * Everything else is answered as the engine REST API always does.
 */
final class EngineRestProblems {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern NOT_FOUND = Pattern
		.compile("(?i)doesn't exist|does not exist|not found|no \\w+ found|cannot find|is null");

	private EngineRestProblems() {
	}

	static Response answer(Throwable failure) {
		boolean serverError = ExceptionHandlerHelper.getInstance().getStatus(failure).getStatusCode() >= 500;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof AuthorizationException forbidden) {
				return ExceptionHandlerHelper.getInstance().getResponse(forbidden);
			}
			if (cause instanceof OptimisticLockingException || cause instanceof TaskAlreadyClaimedException) {
				return problem(HttpStatus.CONFLICT, "Conflict", UserTexts.get("problem.engine-conflict"), List.of());
			}
			if (cause instanceof FormFieldValidationException invalid) {
				return problem(HttpStatus.BAD_REQUEST, "Invalid input", invalid.getMessage(), errors(invalid));
			}
			if (cause instanceof ParseException refused) {
				return problem(HttpStatus.BAD_REQUEST, "Model refused", refused.getMessage(), errors(refused));
			}
			if (cause instanceof NotFoundException && serverError) {
				return problem(HttpStatus.NOT_FOUND, "Not found", cause.getMessage(), List.of());
			}
		}
		if (failure instanceof RestException rest && rest.getStatus() == Response.Status.BAD_REQUEST
				&& String.valueOf(rest.getMessage()).startsWith("No task found")) {
			// the comment and attachment resources look the task up in the caller's history view
			return problem(HttpStatus.NOT_FOUND, "Not found", rest.getMessage(), List.of());
		}
		if (serverError && isTheRequestsFault(failure)) {
			String message = failure.getMessage();
			return NOT_FOUND.matcher(messages(failure)).find()
					? problem(HttpStatus.NOT_FOUND, "Not found", message, List.of())
					: problem(HttpStatus.BAD_REQUEST, "Bad request", message, List.of());
		}
		return ExceptionHandlerHelper.getInstance().getResponse(failure);
	}

	/**
	 * The engine reports what it cannot do with a request (an id that does not exist, an invalid
	 * id, an instance that cannot be modified) as a plain engine exception, which its REST API
	 * answers 500. It is the server's fault only when the database or something below failed.
	 */
	private static boolean isTheRequestsFault(Throwable failure) {
		boolean engineRefused = false;
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof ProcessEnginePersistenceException || cause instanceof SQLException
					|| cause instanceof PersistenceException || cause instanceof Error) {
				return false;
			}
			engineRefused |= cause instanceof ProcessEngineException || cause instanceof RestException;
		}
		return engineRefused;
	}

	private static String messages(Throwable failure) {
		StringBuilder text = new StringBuilder();
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			text.append(cause.getMessage()).append('\n');
		}
		return text.toString();
	}

	/** One error per refused element of a deployment: the element id as the field, the resource's name where none. */
	private static List<Map<String, String>> errors(ParseException refused) {
		return refused.getResorceReports()
			.stream()
			.flatMap(report -> report.getErrors()
				.stream()
				.map(problem -> Map.of("field", problem.getMainElementId() == null ? report.getResourceName()
						: problem.getMainElementId(), "message", String.valueOf(problem.getMessage()))))
			.toList();
	}

	private static List<Map<String, String>> errors(FormFieldValidationException invalid) {
		Object detail = invalid.getDetail();
		if (detail instanceof Map<?, ?> byField) {
			return byField.entrySet()
				.stream()
				.map(problem -> Map.of("field", String.valueOf(problem.getKey()), "message", String.valueOf(problem.getValue())))
				.toList();
		}
		if (detail instanceof Iterable<?> fields) {
			return StreamSupport.stream(fields.spliterator(), false)
				.map(field -> Map.of("field", String.valueOf(field), "message", invalid.getMessage()))
				.toList();
		}
		return detail == null ? List.of() : List.of(Map.of("field", String.valueOf(detail), "message", invalid.getMessage()));
	}

	private static Response problem(HttpStatus status, String title, String detail, List<Map<String, String>> errors) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", title);
		problem.put("status", status.value());
		problem.put("detail", detail);
		problem.put("message", detail);
		if (!errors.isEmpty()) {
			problem.put("errors", errors);
		}
		try {
			return Response.status(status.value()).type("application/problem+json").entity(JSON.writeValueAsString(problem)).build();
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
