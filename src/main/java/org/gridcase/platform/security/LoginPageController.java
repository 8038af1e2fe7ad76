package org.gridcase.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Without Keycloak: our login page, in Chinese, with the product's and the district's name and
 * why the user is here (wrong password, too many attempts, logged out, session expired).
 */
@Controller
@Profile("!keycloak")
class LoginPageController {

	static final String PRODUCT = "GridCase 网格化案件管理";

	private final GridDirectory directory;

	LoginPageController(GridDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("product", PRODUCT);
		model.addAttribute("district", this.directory.district().map(GridView::name).orElse(""));
		if (request.getParameter("locked") != null) {
			// LoginAttemptLimit sent the browser here instead of answering its login with 429
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("error", "登录失败次数过多，账户暂被锁定，请 " + seconds(request.getParameter("locked"))
					+ " 秒后再试");
		}
		else if (request.getParameter("error") != null) {
			model.addAttribute("error", failure(request.getSession(false)));
		}
		else if (request.getParameter("expired") != null) {
			model.addAttribute("notice", "会话已过期，请重新登录");
		}
		else if (request.getParameter("logout") != null) {
			model.addAttribute("notice", "您已安全退出");
		}
		else if (request.getParameter("changed") != null) {
			model.addAttribute("notice", "密码已修改，请用新密码登录");
		}
		return "login";
	}

	private static String failure(HttpSession session) {
		Object exception = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		if (exception instanceof LockedException) {
			return "账户已锁定，请联系系统管理员";
		}
		if (exception instanceof DisabledException) {
			return "账户已停用，请联系系统管理员";
		}
		if (exception == null || exception instanceof BadCredentialsException) {
			return "用户名或密码错误";
		}
		return "登录失败，请稍后再试";
	}

	private static long seconds(String value) {
		try {
			return Math.max(1, Long.parseLong(value));
		}
		catch (NumberFormatException ex) {
			return 60;
		}
	}

}
