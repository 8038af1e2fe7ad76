package org.gridcase.patrol;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The phone page for grid workers at {@code /m/} (built from {@code src/main/frontend/mobile}
 * into the jar's {@code static/m/}): behind the normal login, like every page.
 */
@Controller
class PhonePage {

	@GetMapping("/m")
	String slash() {
		return "redirect:/m/";
	}

	@GetMapping("/m/")
	String index() {
		return "forward:/m/index.html";
	}

}
