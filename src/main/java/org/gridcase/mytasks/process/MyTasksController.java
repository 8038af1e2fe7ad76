package org.gridcase.mytasks.process;

import java.util.List;
import java.util.Map;

import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's tasks for the phone page (the engine REST API takes no browser session). Who may
 * see and work a task is the engine's business: candidates claim and complete, others get 404
 * (a task they may not see) or 403.
 */
@RestController
@RequestMapping("/api/my/tasks")
class MyTasksController {

	private final MyTasks myTasks;

	MyTasksController(MyTasks myTasks) {
		this.myTasks = myTasks;
	}

	/**
	 * The caller's tasks, soonest deadline first: the first {@code max} (default
	 * {@value MyTasks#FIRST_SCREEN}, at most {@value MyTasks#LIMIT}); the page asks for more when
	 * the worker scrolls to the end, so a station with hundreds of tasks does not wait for all of
	 * them on every visit.
	 */
	@GetMapping
	List<MyTaskView> list(@RequestParam(required = false) String max, Authentication user) {
		return this.myTasks.of(user.getName(), engineGroups(user), pageSize(max));
	}

	private static int pageSize(String max) {
		if (max == null) {
			return MyTasks.FIRST_SCREEN;
		}
		try {
			int size = Integer.parseInt(max.trim());
			if (size >= 1 && size <= MyTasks.LIMIT) {
				return size;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		throw new InvalidInputException("max", UserTexts.get("my-tasks.max", MyTasks.LIMIT));
	}

	@PostMapping("/{id}/claim")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void claim(@PathVariable String id, Authentication user) {
		this.myTasks.claim(id, user.getName(), engineGroups(user));
	}

	/** Completes a task with a simple form; {@code variables} the values of its fields by key. */
	@PostMapping("/{id}/complete")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void complete(@PathVariable String id, @RequestBody(required = false) CompleteRequest request,
			Authentication user) {
		this.myTasks.complete(id, request == null ? null : request.variables(), user.getName(), engineGroups(user));
	}

	/**
	 * The user's authorities are their engine groups, as the identity store said at login
	 * (platform/security EngineGroupAuthorities, EngineLogin): no group query per request.
	 */
	private static List<String> engineGroups(Authentication user) {
		return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
	}

	record CompleteRequest(Map<String, Object> variables) {
	}

}
