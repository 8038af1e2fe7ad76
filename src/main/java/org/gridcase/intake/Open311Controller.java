package org.gridcase.intake;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import org.gridcase.cases.Caller;
import org.gridcase.cases.Callers;
import org.gridcase.cases.CaseStep;
import org.gridcase.cases.CaseView;
import org.gridcase.intake.Open311Documents.Request;
import org.gridcase.intake.Open311Documents.Service;
import org.gridcase.shared.District;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UnprocessableInputException;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 over the same intake, so that existing 311 clients can file and follow
 * reports: services are the report subcategories, a request is a report (its id the tracking
 * number), {@code expected_datetime} the case's time limit. Every path ends in {@code .json}
 * or {@code .xml}; errors use the standard error list. Filing needs a login (an API token) and
 * follows the same rules as our API ({@link ReportFilingPolicy}; {@code api_request_id} acts as
 * the idempotency key); reading services and requests by id is open, like the public status.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME
		.withZone(District.ZONE);

	private final ReportIntake intake;

	private final Callers callers;

	private final ObjectMapper json = new ObjectMapper();

	private final XmlMapper xml = XmlMapper.builder()
		.configure(ToXmlGenerator.Feature.WRITE_XML_DECLARATION, true)
		.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
		.build();

	Open311Controller(ReportIntake intake, Callers callers) {
		this.intake = intake;
		this.callers = callers;
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format) {
		return render(format, HttpStatus.OK, new Open311Documents.Services(Arrays.stream(Subcategory.values())
			.map(subcategory -> new Service(subcategory.code(), subcategory.label(),
					subcategory.category() + " / " + subcategory.label(), false, "realtime", subcategory.issueType(),
					subcategory.category()))
			.toList()));
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> service(@PathVariable String code, @PathVariable String format) {
		Subcategory subcategory = Subcategory.ofCode(code)
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, format, "service_code " + code + " not found"));
		return render(format, HttpStatus.OK, new Open311Documents.ServiceDefinition(subcategory.code(), List.of()));
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<String> create(@PathVariable String format, @RequestParam Map<String, String> form,
			Authentication user) {
		Caller caller = this.callers.of(user);
		if (!ReportFilingPolicy.mayFileOn(caller, Channel.WEB)) {
			throw new AccessDeniedException(UserTexts.get("report.read-only-role"));
		}
		SubmitReportCommand.Reporter reporter = form.containsKey("first_name") || form.containsKey("last_name")
				? new SubmitReportCommand.Reporter(
						(form.getOrDefault("last_name", "") + form.getOrDefault("first_name", "")).trim(),
						form.get("phone"))
				: null;
		SubmitReportCommand command = new SubmitReportCommand(Channel.WEB, form.get("service_code"), null,
				form.get("description"), form.get("address_string"), number(form, "long", format),
				number(form, "lat", format), null, reporter);
		try {
			ReportReceipt receipt = this.intake.submit(command, caller, form.get("api_request_id"), List.of()).receipt();
			return render(format, HttpStatus.CREATED, new Open311Documents.Requests(List.of(new Request(
					receipt.trackingNumber(), null, null, null, null, null, UserTexts.get("open311.accepted", receipt.trackingNumber()),
					null, null, null, null, null, null))));
		}
		catch (InvalidInputException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, format, ex.getMessage());
		}
		catch (jakarta.validation.ConstraintViolationException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, format, InvalidInputException.of(ex).getMessage());
		}
		catch (UnprocessableInputException ex) {
			throw new Open311Exception(HttpStatus.UNPROCESSABLE_ENTITY, format,
					UserTexts.get("open311.request-id-reused"));
		}
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> requests(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) String ids) {
		if (ids == null || ids.isBlank()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, format,
					"service_request_id is required (requests are looked up by id only)");
		}
		List<Request> found = new ArrayList<>();
		for (String id : ids.split(",")) {
			this.intake.track(id.trim()).map(Open311Controller::request).ifPresent(found::add);
		}
		return render(format, HttpStatus.OK, new Open311Documents.Requests(found));
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format) {
		Request request = this.intake.track(id)
			.map(Open311Controller::request)
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, format, "service_request_id " + id + " not found"));
		return render(format, HttpStatus.OK, new Open311Documents.Requests(List.of(request)));
	}

	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<String> error(Open311Exception ex) {
		return render(ex.format, ex.status, new Open311Documents.Errors(
				List.of(new Open311Documents.Error(ex.status.value(), ex.getMessage()))));
	}

	private static Request request(TrackedReport tracked) {
		CaseView view = tracked.caseView();
		boolean closed = view.step() == CaseStep.CLOSED || view.step() == CaseStep.REJECTED;
		return new Request(tracked.trackingNumber(), closed ? "closed" : "open",
				view.step() == CaseStep.REJECTED ? UserTexts.get("public-status.rejected") : null, tracked.subcategory().label(),
				tracked.subcategory().code(), tracked.subcategory().label(), null, time(tracked.submittedAt()),
				time(view.closedAt()), time(view.caseDueAt()), tracked.anonymous() ? null : tracked.address(),
				null, null);
	}

	private static String time(Instant instant) {
		return instant == null ? null : W3C.format(instant);
	}

	private Double number(Map<String, String> form, String field, String format) {
		String value = form.get(field);
		try {
			return value == null || value.isBlank() ? null : Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, format, field + " is not a number");
		}
	}

	private ResponseEntity<String> render(String format, HttpStatus status, Object document) {
		try {
			return switch (format) {
				case "json" -> ResponseEntity.status(status)
					.contentType(MediaType.APPLICATION_JSON)
					.body(this.json.writeValueAsString(
							document instanceof Open311Documents.ListDocument list ? list.items() : document));
				case "xml" -> ResponseEntity.status(status)
					.contentType(MediaType.APPLICATION_XML)
					.body(this.xml.writeValueAsString(document));
				default -> ResponseEntity.status(HttpStatus.NOT_FOUND)
					.contentType(MediaType.APPLICATION_JSON)
					.body("[{\"code\":404,\"description\":\"format must be json or xml\"}]");
			};
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An Open311 error, rendered in the requested format. */
	static final class Open311Exception extends RuntimeException {

		final HttpStatus status;

		final String format;

		Open311Exception(HttpStatus status, String format, String message) {
			super(message);
			this.status = status;
			this.format = format;
		}

	}

}
