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
		String error = answer == null ? "请选择满意程度" : comment != null
				&& comment.codePointCount(0, comment.length()) > MAX_COMMENT ? "意见或建议不能超过500字" : null;
		if (error != null) {
			Visit visit = this.visits.find(token);
			return visit.state() == VisitState.OPEN ? form(visit, token, request, error, HttpStatus.BAD_REQUEST)
					: notice(visit.state());
		}
		VisitState before = this.visits.answer(token, answer, comment);
		if (before != VisitState.OPEN) {
			return notice(before);
		}
		return render(HttpStatus.OK, Map.of("title", "感谢您的评价", "message",
				"您的评价（" + answer.label() + "）已记录，我们将据此改进工作。感谢您对网格化管理工作的支持！"));
	}

	private static ResponseEntity<String> notice(VisitState state) {
		return switch (state) {
			case USED -> render(HttpStatus.GONE, Map.of("title", "您已评价过", "message", "此评价链接已使用过，每个链接只能评价一次。感谢您的参与！"));
			case EXPIRED -> render(HttpStatus.GONE,
					Map.of("title", "评价链接已过期", "message", "此评价链接已过有效期。如需反映意见，请致电12345政务服务便民热线。"));
			case CLOSED -> render(HttpStatus.CONFLICT,
					Map.of("title", "回访已结束", "message", "本案的回访评价已经完成，无需再次评价。感谢您的参与！"));
			default -> render(HttpStatus.NOT_FOUND,
					Map.of("title", "链接无效", "message", "未找到此评价链接，请核对短信或邮件中的链接是否完整。"));
		};
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
		return render(status, Map.of("title", "满意度回访", "form", List.of(form)));
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
