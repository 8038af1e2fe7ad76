package org.gridcase.intake;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;
import org.gridcase.catalogue.Catalogue;
import org.gridcase.catalogue.SubcategoryView;
import org.gridcase.cases.Caller;
import org.gridcase.cases.Callers;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridLevel;
import org.gridcase.grid.GridView;
import org.gridcase.intake.Open311Documents.Service;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 over the same intake, so that existing 311 clients (FixMyStreet, Code for
 * America's client) file and follow reports: services are the report subcategories, a request
 * is a report (its id the tracking number), {@code expected_datetime} the case's time limit,
 * {@code jurisdiction_id} the district's code. Paths end in {@code .json} or {@code .xml};
 * every error is GeoReport v2's error list, its description naming the Open311 field, in
 * Chinese.
 * <p>
 * Filing takes an {@code api_key} (form field, JSON member or query parameter) issued to the
 * client system ({@link Open311Keys}): its reports come in on the key's channel, for the key's
 * places only; staff may file with their own login as on our API. {@code api_request_id} acts
 * as the idempotency key. Reading is open: services, and the requests filed through Open311
 * (by id, or by service, status and date), with nothing about the reporter; FixMyStreet's
 * {@code servicerequestupdates} lists their public updates (of the key's own requests when
 * called with an {@code api_key}).
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	private final ReportIntake intake;

	private final Open311Requests requests;

	private final Callers callers;

	private final GridDirectory grids;

	private final Catalogue catalogue;

	private final Clock clock;

	Open311Controller(ReportIntake intake, Open311Requests requests, Callers callers, GridDirectory grids,
			Catalogue catalogue, Clock clock) {
		this.catalogue = catalogue;
		this.intake = intake;
		this.requests = requests;
		this.callers = callers;
		this.grids = grids;
		this.clock = clock;
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		jurisdiction(jurisdictionId, format);
		return Open311Responses.render(format, HttpStatus.OK, new Open311Documents.Services(this.catalogue
			.openSubcategories()
			.stream()
			.map(subcategory -> new Service(subcategory.code(), subcategory.name(),
					subcategory.category() + " / " + subcategory.name(), false, "realtime", subcategory.issueType(),
					subcategory.category()))
			.toList()));
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> service(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		jurisdiction(jurisdictionId, format);
		SubcategoryView subcategory = this.catalogue.subcategory(code)
			.filter(SubcategoryView::open)
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, format,
					UserTexts.get("open311.unknown-service", code)));
		return Open311Responses.render(format, HttpStatus.OK,
				new Open311Documents.ServiceDefinition(subcategory.code(), List.of()));
	}

	/** A request, form-encoded (GeoReport v2, FixMyStreet) or, below, as a JSON object. */
	@PostMapping("/requests.{format}")
	ResponseEntity<String> create(@PathVariable String format, @RequestParam Map<String, String> form,
			Authentication user) {
		return file(format, form, user);
	}

	@PostMapping(path = "/requests.{format}", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> createFromJson(@PathVariable String format, @RequestParam Map<String, String> query,
			@RequestBody Map<String, Object> body, Authentication user) {
		Map<String, String> fields = new LinkedHashMap<>(query);
		body.forEach((name, value) -> {
			if (value instanceof Map<?, ?> attributes && (name.equals("attribute") || name.equals("attributes"))) {
				attributes.forEach((code, attribute) -> fields.put("attribute[" + code + "]", String.valueOf(attribute)));
			}
			else if (value != null) {
				fields.put(name, String.valueOf(value));
			}
		});
		return file(format, fields, user);
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> requests(@PathVariable String format,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCodes,
			@RequestParam(name = "status", required = false) String statuses,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		String jurisdiction = jurisdiction(jurisdictionId, format);
		if (ids != null && !ids.isBlank()) {
			return Open311Responses.render(format, HttpStatus.OK,
					new Open311Documents.Requests(this.requests.findAll(list(ids), jurisdiction)));
		}
		Set<String> wanted = Set.copyOf(list(statuses));
		if (!Set.of("open", "closed").containsAll(wanted)) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, format, UserTexts.get("open311.status-invalid"));
		}
		Open311Window window = Open311Window.of(startDate, endDate, this.clock.instant(), format);
		return Open311Responses.render(format, HttpStatus.OK, new Open311Documents.Requests(this.requests
			.search(window.start(), window.end(), Set.copyOf(list(serviceCodes)), wanted, jurisdiction)));
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		return Open311Responses.render(format, HttpStatus.OK, new Open311Documents.Requests(List.of(this.requests
			.find(id, jurisdiction(jurisdictionId, format))
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, format,
					UserTexts.get("open311.unknown-request", id))))));
	}

	/** FixMyStreet's extension: the public updates of requests between two times. */
	@GetMapping("/servicerequestupdates.{format}")
	ResponseEntity<String> updates(@PathVariable String format,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId, Authentication user) {
		String jurisdiction = jurisdiction(jurisdictionId, format);
		Open311Window window = Open311Window.of(startDate, endDate, this.clock.instant(), format);
		UUID key = user instanceof Open311ClientAuthentication client ? client.client().keyId() : null;
		return Open311Responses.render(format, HttpStatus.OK, new Open311Documents.RequestUpdates(
				this.requests.updates(window.start(), window.end(), jurisdiction, key)));
	}

	@ExceptionHandler(Open311Exception.class)
	ResponseEntity<String> error(Open311Exception ex) {
		return Open311Responses.errors(ex.format(), ex.status(), ex.descriptions());
	}

	private ResponseEntity<String> file(String format, Map<String, String> fields, Authentication user) {
		Open311Form form = new Open311Form(fields, format);
		String jurisdiction = jurisdiction(form.get("jurisdiction_id"), format);
		Open311Client client = user instanceof Open311ClientAuthentication key ? key.client() : null;
		Caller caller = client == null ? this.callers.of(user) : null;
		if (caller != null && !ReportFilingPolicy.mayFileOn(caller, Channel.WEB)) {
			throw new Open311Exception(HttpStatus.FORBIDDEN, format, UserTexts.get("open311.read-only-role"));
		}
		String mediaUrl = form.mediaUrl();
		String email = form.email();
		Map<String, String> attributes = form.attributes();
		SubmitReportCommand command = form.command(client == null ? Channel.WEB : client.channel());
		inJurisdiction(command, jurisdiction, format);
		try {
			String apiRequestId = form.get("api_request_id");
			// what Open311 sent beyond the report is kept in the report's transaction: one commit per request
			Consumer<ReportReceipt> keep = filed -> this.requests.keep(filed.trackingNumber(),
					client == null ? null : client.keyId(), mediaUrl, email, attributes, this.clock.instant());
			ReportReceipt receipt = (client != null ? this.intake.submit(command, client, apiRequestId, List.of(), keep)
					: this.intake.submit(command, caller, apiRequestId, List.of(), keep))
				.receipt();
			return Open311Responses.render(format, HttpStatus.CREATED, new Open311Documents.Requests(List.of(
					new Open311Documents.Created(receipt.trackingNumber(),
							UserTexts.get("open311.accepted", receipt.trackingNumber())))));
		}
		catch (ConstraintViolationException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, format,
					Open311Fields.describeViolations(InvalidInputException.of(ex)));
		}
		catch (InvalidInputException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, format, Open311Fields.describe(ex));
		}
		catch (UnprocessableInputException ex) {
			throw new Open311Exception(HttpStatus.UNPROCESSABLE_ENTITY, format,
					UserTexts.get("open311.request-id-reused"));
		}
		catch (AccessDeniedException ex) {
			throw new Open311Exception(HttpStatus.FORBIDDEN, format, client != null
					? UserTexts.get("open311.outside-key-place", client.placeCode()) : ex.getMessage());
		}
	}

	/**
	 * The place code prefix a jurisdiction stands for: "" (everything) when none is given, else
	 * the code of a district; any other is not found.
	 */
	private String jurisdiction(String jurisdictionId, String format) {
		if (jurisdictionId == null || jurisdictionId.isBlank()) {
			return "";
		}
		return this.grids.find(jurisdictionId.trim())
			.filter(place -> place.level() == GridLevel.DISTRICT)
			.map(GridView::code)
			.orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, format,
					UserTexts.get("open311.unknown-jurisdiction", jurisdictionId)));
	}

	private void inJurisdiction(SubmitReportCommand command, String jurisdiction, String format) {
		if (!jurisdiction.isEmpty() && command.lon() != null && command.lat() != null) {
			this.grids.locate(command.lon(), command.lat())
				.filter(grid -> !grid.code().startsWith(jurisdiction))
				.ifPresent(grid -> {
					throw new Open311Exception(HttpStatus.BAD_REQUEST, format,
							UserTexts.get("open311.outside-jurisdiction", jurisdiction));
				});
		}
	}

	private static List<String> list(String commaSeparated) {
		return commaSeparated == null ? List.of()
				: Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(item -> !item.isEmpty())
					.collect(Collectors.toList());
	}

}
