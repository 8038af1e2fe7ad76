package org.gridcase.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.gridcase.bench.LoadGenerator.Query;

/**
 * Every request the Cockpit case history plugin (src/main/frontend/cockpit-history) sends to
 * search (GridCase's GET /api/history/process-instances) and to open one instance's history (the
 * webapp's engine API), and the case timeline; keep in step with the plugin.
 */
final class HistoryViewQueries {

	private static final String ENGINE = "/camunda/api/engine/engine/default";

	/** The plugin's search (GridCase's own endpoint, count and page in one answer). */
	private static final String SEARCH = "/api/history/process-instances";

	/** The plugin's first page (20 per page unless the auditor picks another size). */
	private static final String FIRST_PAGE = "&firstResult=0&maxResults=20";

	private HistoryViewQueries() {
	}

	static List<Query> all(WebappSession session) {
		return List.of(new Query("timeline: GET /api/cases/{id}", sample -> session.get("/api/cases/" + sample.caseId())),
				new Query("search by tracking number (count and page)",
						sample -> session.get(SEARCH + "?trackingNumber=" + sample.trackingNumber() + FIRST_PAGE)),
				new Query("search by grid subtree + dates (count and page)",
						sample -> session.get(SEARCH + "?" + byGridAndDays(sample) + FIRST_PAGE)),
				new Query("search by street + dates (count and page)",
						sample -> session.get(SEARCH + "?" + byStreetAndDays(sample) + FIRST_PAGE)),
				engine(session, "search: outcome of a finished result row",
						sample -> "/history/activity-instance?processInstanceId=" + sample.rootInstanceId()
								+ "&completeScope=true&sortBy=occurrence&sortOrder=desc&maxResults=1"),
				engine(session, "history: instance", sample -> "/history/process-instance/" + sample.rootInstanceId()),
				engine(session, "history: activity instances", sample -> "/history/activity-instance?processInstanceId="
						+ sample.rootInstanceId() + "&sortBy=occurrence&sortOrder=asc"),
				engine(session, "history: tasks", sample -> "/history/task?processInstanceId=" + sample.rootInstanceId()),
				engine(session, "history: identity links of a task", sample -> "/history/identity-link-log?taskId="
						+ sample.taskIds().get(ThreadLocalRandom.current().nextInt(sample.taskIds().size()))
						+ "&sortBy=time&sortOrder=asc"),
				engine(session, "history: user operations", sample -> "/history/user-operation?processInstanceId="
						+ sample.rootInstanceId() + "&sortBy=timestamp&sortOrder=asc"),
				engine(session, "history: details (forms, variables)", sample -> "/history/detail?processInstanceId="
						+ sample.rootInstanceId() + "&sortBy=time&sortOrder=asc&deserializeValues=false"),
				engine(session, "history: incidents", sample -> "/history/incident?processInstanceId=" + sample.rootInstanceId()),
				engine(session, "history: decisions (DMN)", sample -> "/history/decision-instance?processInstanceId="
						+ sample.rootInstanceId() + "&includeInputs=true&includeOutputs=true&sortBy=evaluationTime&sortOrder=asc"),
				engine(session, "history: called instances", sample -> "/history/process-instance?superProcessInstanceId="
						+ sample.rootInstanceId() + "&sortBy=startTime&sortOrder=asc"),
				engine(session, "history: diagram XML", sample -> "/process-definition/" + sample.rootDefinitionId() + "/xml"));

	}

	/** The requests the plugin sent before (for the before/after table). */
	static List<Query> previousPlugin(WebappSession session) {
		return List.of(
				engine(session, "previous: search by grid subtree + dates (engine, gridCode variable): count",
						sample -> "/history/process-instance/count?" + byGridVariableAndDates(sample)),
				engine(session, "previous: search by grid subtree + dates (engine, gridCode variable): page",
						sample -> "/history/process-instance?" + byGridVariableAndDates(sample)
								+ "&sortBy=startTime&sortOrder=desc&firstResult=0&maxResults=20"),
				engine(session, "previous: search by tracking number (LIKE %…%): count",
						sample -> "/history/process-instance/count?processInstanceBusinessKeyLike="
								+ WebappSession.encode("%" + sample.trackingNumber() + "%")),
				engine(session, "previous: search by tracking number (LIKE %…%): list",
						sample -> "/history/process-instance?processInstanceBusinessKeyLike="
								+ WebappSession.encode("%" + sample.trackingNumber() + "%")
								+ "&sortBy=startTime&sortOrder=desc&maxResults=50"),
				engine(session, "previous: outcome of one result row (x50 per page)",
						sample -> "/history/activity-instance?processInstanceId=" + sample.rootInstanceId()
								+ "&sortBy=occurrence&sortOrder=desc&maxResults=5"));
	}

	private static Query engine(WebappSession session, String name, java.util.function.Function<SampleCase, String> path) {
		return new Query(name, sample -> session.get(ENGINE + path.apply(sample)));
	}

	/**
	 * The community of the case's grid (a subtree of 4-6 grids) and the month around its start, as
	 * the plugin's search form sends them (days).
	 */
	private static String byGridAndDays(SampleCase sample) {
		LocalDate day = LocalDate.parse(sample.openedDay());
		return "gridCode=" + community(sample) + "&startedAfter=" + day.minusDays(15) + "&startedBefore=" + day.plusDays(15);
	}

	/** The street of the case's grid (all its communities) and the month around its start. */
	private static String byStreetAndDays(SampleCase sample) {
		LocalDate day = LocalDate.parse(sample.openedDay());
		return "gridCode=" + sample.gridCode().substring(0, 9) + "&startedAfter=" + day.minusDays(15) + "&startedBefore="
				+ day.plusDays(15);
	}

	private static String community(SampleCase sample) {
		return sample.gridCode().substring(0, 12);
	}

	/** The same search as the plugin sent it to the engine before (gridCode variable, engine times). */
	private static String byGridVariableAndDates(SampleCase sample) {
		LocalDate day = LocalDate.parse(sample.openedDay());
		return "variables=" + WebappSession.encode("gridCode_like_" + community(sample) + "%")
				+ "&startedAfter=" + WebappSession.encode(day.minusDays(15) + "T00:00:00.000+0800")
				+ "&startedBefore=" + WebappSession.encode(day.plusDays(15) + "T23:59:59.999+0800");
	}

}
