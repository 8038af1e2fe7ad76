package org.gridcase.shared;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolationException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns bad input into HTTP 400 {@code application/problem+json} with an {@code errors} list of
 * {@code {field, message}}, and unknown things into 404; never a 500 for the caller's mistake.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalidInput(InvalidInputException ex) {
		return badRequest(ex.getProblems());
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException ex) {
		return badRequest(ex.getConstraintViolations()
			.stream()
			.map(violation -> new InvalidInputException.FieldProblem(fieldOf(violation.getPropertyPath().toString()),
					violation.getMessage()))
			.toList());
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
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "请求与并发的修改冲突，请重试");
		problem.setTitle("Conflict");
		return problem;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
		problem.setTitle("Not found");
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
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
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

	private static ProblemDetail badRequest(List<InvalidInputException.FieldProblem> problems) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Invalid " + String.join(", ", problems.stream().map(InvalidInputException.FieldProblem::field).distinct().toList()));
		problem.setTitle("Invalid input");
		problem.setProperty("errors",
				problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
		return problem;
	}

	/** {@code createGrid.command.code} → {@code code}. */
	private static String fieldOf(String propertyPath) {
		String[] parts = propertyPath.split("\\.");
		return parts.length > 2 ? String.join(".", List.of(parts).subList(2, parts.length)) : propertyPath;
	}

}
