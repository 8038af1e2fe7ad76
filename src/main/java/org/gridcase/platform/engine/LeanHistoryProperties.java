package org.gridcase.platform.engine;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the engine's history leaves out ({@code gridcase.engine.history.*}); see {@link LeanEngineHistory}.
 *
 * @param copiesKeptElsewhere variables whose first value, set by the engine or a listener, is a
 * copy of something recorded elsewhere: the case record's fields a process starts with (issue
 * type, severity, description, address; {@code caseId} and {@code gridCode} stay, the auditors'
 * history search and Cockpit plugin read them), a task's first light (always green), deadline (the task's due date) and time
 * limit (the {@code CaseTimeLimits} table). Their later changes are recorded as for every variable.
 */
@ConfigurationProperties("gridcase.engine.history")
record LeanHistoryProperties(@DefaultValue({ "issueType", "severity", "description", "address", "light",
		"deadline", "timeLimit" }) Set<String> copiesKeptElsewhere) {
}
