package org.gridcase.notify;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import jakarta.servlet.http.HttpServletRequest;
import org.gridcase.notify.SatisfactionVisits.Visit;
import org.gridcase.notify.SatisfactionVisits.VisitState;
import org.gridcase.shared.UserTexts;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page a reporter opens from the link in their message to answer the satisfaction visit
 * (回访), without logging in; public (see SecurityPaths) and rate-limited per client address.
 */
@Controller
class SatisfactionVisitController {

	private static final int MAX_COMMENT = 500;

	private static final Template PAGE = page();

	private final SatisfactionVisits visits;

	SatisfactionVisitController(SatisfactionVisits visits) {
		this.visits = visits;
	}

	@GetMapping("/visit/{token}")
	ResponseEntity<String> show(@PathVariable String token, HttpServletRequest request) {
		Visit visit = this.visits.find(token);
		if (visit.state() != VisitState.OPEN) {
			return notice(visit.state());
		}
		return form(visit, token, request, null, HttpStatus.OK);
	}

	@PostMapping("/visit/{token}")
	ResponseEntity<String> answer(@PathVariable String token, @RequestParam(required = false) String satisfaction,
			@RequestParam(required = false) String comment, HttpServletRequest request) {
		Satisfaction answer = Arrays.stream(Satisfaction.values())
			.filter(value -> value.name().equals(satisfaction))
			.findFirst()
			.orElse(null);
		String error = answer == null ? UserTexts.get("notify.visit.choose")
				: comment != null && comment.codePointCount(0, comment.length()) > MAX_COMMENT
						? UserTexts.get("notify.visit.comment-too-long", String.valueOf(MAX_COMMENT)) : null;
		if (error != null) {
			Visit visit = this.visits.find(token);
			return visit.state() == VisitState.OPEN ? form(visit, token, request, error, HttpStatus.BAD_REQUEST)
					: notice(visit.state());
		}
		VisitState before = this.visits.answer(token, answer, comment);
		if (before != VisitState.OPEN) {
			return notice(before);
		}
		return render(HttpStatus.OK, Map.of("title", UserTexts.get("notify.visit.thanks.title"), "message",
				UserTexts.get("notify.visit.thanks.message", answer.label())));
	}

	private static ResponseEntity<String> notice(VisitState state) {
		return switch (state) {
			case USED -> notice(HttpStatus.GONE, "used");
			case EXPIRED -> notice(HttpStatus.GONE, "expired");
			case CLOSED -> notice(HttpStatus.CONFLICT, "closed");
			default -> notice(HttpStatus.NOT_FOUND, "unknown");
		};
	}

	/** A page with the title and message keyed {@code notify.visit.<name>.title} and {@code .message}. */
	private static ResponseEntity<String> notice(HttpStatus status, String name) {
		String key = "notify.visit." + name;
		return render(status,
				Map.of("title", UserTexts.get(key + ".title"), "message", UserTexts.get(key + ".message")));
	}

	private static ResponseEntity<String> form(Visit visit, String token, HttpServletRequest request, String error,
			HttpStatus status) {
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		Map<String, Object> form = new HashMap<>();
		form.put("trackingNumber", visit.trackingNumber());
		form.put("issueTypeLabel", visit.issueTypeLabel());
		form.put("action", request.getContextPath() + "/visit/" + token);
		form.put("csrfParameter", csrf == null ? "_csrf" : csrf.getParameterName());
		form.put("csrfToken", csrf == null ? "" : csrf.getToken());
		form.put("error", error == null ? "" : error);
		form.put("choices", Arrays.stream(Satisfaction.values())
			.map(value -> Map.of("value", value.name(), "label", value.label()))
			.toList());
		return render(status, Map.of("title", UserTexts.get("notify.visit.title"), "form", List.of(form)));
	}

	private static ResponseEntity<String> render(HttpStatus status, Map<String, Object> model) {
		return ResponseEntity.status(status)
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.header("Cache-Control", "no-store")
			.header("Referrer-Policy", "no-referrer")
			.body(PAGE.execute(model));
	}

	private static Template page() {
		try (Reader reader = new InputStreamReader(new ClassPathResource("notify/visit.html").getInputStream(),
				StandardCharsets.UTF_8)) {
			return Mustache.compiler().defaultValue("").emptyStringIsFalse(true).compile(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
