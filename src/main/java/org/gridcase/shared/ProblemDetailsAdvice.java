package org.gridcase.shared;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of our web API is {@code application/problem+json}: bad input is HTTP 400 with an
 * {@code errors} list of {@code {field, message}} naming fields as the client sent them, unknown
 * things 404, and whatever else goes wrong a problem too (never Spring's or Tomcat's own error
 * page); never a 500 for the caller's mistake.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	/** What the client reads for the framework's own answers (Spring's details are English). */
	private static final Set<Integer> DETAILED_STATUSES = Set.of(404, 405, 406, 413, 415);

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		return badRequest(ex.getProblems());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		return badRequest(InvalidInputException.of(ex).getProblems());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException ex) {
		return badRequest(List.of(new InvalidInputException.FieldProblem(ex.getName(), "has the wrong type")));
	}

	@ExceptionHandler(UnprocessableInputException.class)
	ProblemDetail unprocessable(UnprocessableInputException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, ex.getMessage());
		problem.setTitle("Unprocessable input");
		problem.setProperty("errors", List.of(Map.of("field", ex.getField(), "message", ex.getMessage())));
		return problem;
	}

	/** A concurrent change won and retrying did not help: the client may send the request again. */
	@ExceptionHandler({ ConflictException.class, ConcurrencyFailureException.class })
	ProblemDetail conflict(RuntimeException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, UserTexts.get("problem.conflict"));
		problem.setTitle("Conflict");
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
		return problem;
	}

	/** A multipart body that cannot be parsed (its size limits are 413, handled by the base class). */
	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadableMultipart(MultipartException ex, HttpServletRequest request) throws Exception {
		rethrowWhileRenderingAnError(ex, request);
		return badRequest(List.of(new InvalidInputException.FieldProblem("body", UserTexts.get("problem.multipart-unreadable"))));
	}

	/**
	 * Anything else. Security's exceptions go back to Spring Security (401/403 are its answers),
	 * an exception that names its status keeps it; the rest is our fault, logged, and 500.
	 */
	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex, HttpServletRequest request) throws Exception {
		if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
			throw ex;
		}
		rethrowWhileRenderingAnError(ex, request);
		ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (declared != null) {
			return ProblemDetail.forStatusAndDetail(declared.code(),
					declared.reason().isEmpty() ? ex.getMessage() : declared.reason());
		}
		log.error("Unexpected failure", ex);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, UserTexts.get("problem.internal"));
		problem.setTitle("Internal error");
		return problem;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInputException.FieldProblem> problems = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new InvalidInputException.FieldProblem(error.getField(), error.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest().body(badRequest(problems));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<InvalidInputException.FieldProblem> problems = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new InvalidInputException.FieldProblem(
						error instanceof org.springframework.validation.FieldError field ? field.getField()
								: result.getMethodParameter().getParameterName(),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest().body(badRequest(problems));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(badRequest(List.of(new InvalidInputException.FieldProblem(ex.getParameterName(), UserTexts.get("problem.required")))));
	}

	@Override
	protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.badRequest()
			.body(badRequest(List.of(new InvalidInputException.FieldProblem(ex.getRequestPartName(), UserTexts.get("problem.required")))));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof Exception stopped && cause instanceof ErrorResponse refusal) {
				// reading was stopped on purpose, e.g. 413 for a body of unknown length that grew too long
				return handleExceptionInternal(stopped, refusal.getBody(), headers, refusal.getStatusCode(), request);
			}
		}
		String field = "body";
		String message = "is not readable JSON";
		if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
			field = mismatch.getPath()
				.stream()
				.map(reference -> reference.getFieldName() != null ? reference.getFieldName()
						: "[" + reference.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse(field);
			message = mismatch instanceof InvalidFormatException ? "has the wrong type or format"
					: "has the wrong type";
		}
		return ResponseEntity.badRequest()
			.body(badRequest(List.of(new InvalidInputException.FieldProblem(field, message))));
	}

	/** The framework's answers (404, 405, 406, 413 for uploads, 415) with a detail the client can read. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		if (body instanceof ProblemDetail problem && DETAILED_STATUSES.contains(statusCode.value())) {
			problem.setDetail(UserTexts.get("problem.status." + statusCode.value()));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/**
	 * While the container renders an error already decided (e.g. a 401 whose request still has its
	 * unreadable body), a failure must not replace that answer.
	 */
	private static void rethrowWhileRenderingAnError(Exception ex, HttpServletRequest request) throws Exception {
		if (request.getDispatcherType() == DispatcherType.ERROR) {
			throw ex;
		}
	}

	private static ProblemDetail badRequest(List<InvalidInputException.FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Invalid " + String.join(", ", problems.stream().map(InvalidInputException.FieldProblem::field).distinct().toList()));
		problem.setTitle("Invalid input");
		problem.setProperty("errors",
				problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

}
