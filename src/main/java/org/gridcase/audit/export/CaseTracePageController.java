package org.gridcase.audit.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;
import org.gridcase.cases.Callers;
import org.gridcase.cases.CaseView;
import org.gridcase.shared.NotFoundException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriUtils;

/**
 * The printable trace of one case ({@code /cases/{id}/trace}, {id} its id or tracking number)
 * for whoever may read the case, with links to its PDF and CSV. A case that does not exist
 * answers the Chinese 404 page, one the caller may not read the 403 page.
 */
@Controller
class CaseTracePageController {

	private final TracedCases cases;

	private final CaseTraces traces;

	private final Callers callers;

	CaseTracePageController(TracedCases cases, CaseTraces traces, Callers callers) {
		this.cases = cases;
		this.traces = traces;
		this.callers = callers;
	}

	@GetMapping("/cases/{id}/trace")
	String page(@PathVariable String id, Authentication user, Model model) {
		CaseView view = this.cases.find(id, this.callers.of(user));
		String api = "/api/cases/" + UriUtils.encodePathSegment(id, StandardCharsets.UTF_8);
		model.addAttribute("trace", this.traces.of(view));
		model.addAttribute("pdf", false);
		model.addAttribute("pdfUrl", api + "/trace.pdf");
		model.addAttribute("csvUrl", api + "/trace.csv");
		return TracePdf.TEMPLATE;
	}

	@ExceptionHandler(NotFoundException.class)
	void notFound(HttpServletResponse response) throws IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}

}
