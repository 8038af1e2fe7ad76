package org.gridcase.supervision.page;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The supervision page for centers and leaders at {@code /supervision/} (built from
 * {@code src/main/frontend/supervision} into the jar's {@code static/supervision/}): behind the
 * normal login of either profile, like every page. The page shows what the supervision API
 * answers the signed-in user: the API keeps everyone to their own subtree.
 */
@Controller
class SupervisionPage {

	@GetMapping("/supervision")
	String slash() {
		return "redirect:/supervision/";
	}

	@GetMapping("/supervision/")
	String index() {
		return "forward:/supervision/index.html";
	}

}
