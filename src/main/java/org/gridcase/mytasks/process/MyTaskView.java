package org.gridcase.mytasks.process;

import java.time.Instant;

/**
 * A task as the phone page lists it: its case summary, deadline and light, whether the caller
 * holds it or may claim it, and its form.
 *
 * @param light GREEN, YELLOW or RED (the task's deadline light), null if the task has no limit
 * @param deadline the deadline as the forms show it (China Standard Time), e.g. 2026-11-24 17:30
 */
record MyTaskView(String id, String name, Instant created, Instant due, String light, String deadline,
		String timeLimit, String trackingNumber, String issueType, String description, String address, String gridCode,
		String assignee, boolean claimable, TaskForm form) {
}
