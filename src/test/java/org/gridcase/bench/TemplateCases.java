package org.gridcase.bench;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.gridcase.ApiClient;
import org.gridcase.EngineClockFixtures;
import org.gridcase.grid.DemoDistrict;
import org.gridcase.shared.District;

/**
 * Real cases worked to the end by the demo district's people over HTTP, as they would in
 * Tasklist: reports of several issue types, claimed and completed step by step, some climbing
 * by decision, by timeout or to a department, some sent back for rework. Their rows are the
 * templates the seed replicates.
 */
final class TemplateCases {

	/** How a template case is handled. */
	enum Path {
		/** the grid solves it */
		IN_GRID,
		/** the grid cannot, the community station does */
		CLIMBS_TO_STATION,
		/** grid, station and street cannot: the district center dispatches a department */
		DISPATCHED_TO_DEPARTMENT,
		/** the grid leader misses the time limit: the timer escalates to the station */
		ESCALATED_BY_TIMEOUT,
		/** verification finds it not fixed once: handled again */
		REWORKED
	}

	private static final List<String> SUBCATEGORIES = List.of("01-01", "01-04", "02-02", "06-01", "07-01");

	private static final Map<String, String> WORKER = Map.of("梳理上报案件", "station1", "审核立案", "street1", "网格内处置",
			"gridleader1", "社区工作站处置", "station1", "街道中心处置", "street1", "派遣职能部门", "district1", "职能部门处置",
			"officerum1", "反馈处置结果", "gridworker1", "核查处置结果", "inspector1", "回访评价", "station1");

	private static final List<String> OTHERS = List.of("officerws1", "headum", "street1", "district1", "station1");

	private final ObjectMapper json = new ObjectMapper();

	private final int port;

	private final ProcessEngine engine;

	private final ApiClient admin;

	TemplateCases(int port, ProcessEngine engine) {
		this.port = port;
		this.engine = engine;
		this.admin = ApiClient.as(port, "admin", "admin");
	}

	/**
	 * Files and works {@code perPath} cases of every path, returns their tracking numbers. The
	 * paths run side by side, but the one that moves the engine clock runs alone, after them.
	 */
	List<String> create(int perPath) throws Exception {
		List<String> trackingNumbers = new ArrayList<>();
		ExecutorService workers = Executors.newFixedThreadPool(Path.values().length);
		try {
			List<Future<List<String>>> running = new ArrayList<>();
			for (Path path : Path.values()) {
				if (path != Path.ESCALATED_BY_TIMEOUT) {
					running.add(workers.submit(() -> work(path, perPath)));
				}
			}
			for (Future<List<String>> done : running) {
				trackingNumbers.addAll(done.get());
			}
		}
		finally {
			workers.shutdownNow();
		}
		trackingNumbers.addAll(work(Path.ESCALATED_BY_TIMEOUT, perPath));
		return trackingNumbers;
	}

	private List<String> work(Path path, int cases) throws Exception {
		List<String> trackingNumbers = new ArrayList<>();
		for (int i = 0; i < cases; i++) {
			trackingNumbers.add(work(path, SUBCATEGORIES.get((path.ordinal() + i) % SUBCATEGORIES.size())));
		}
		return trackingNumbers;
	}

	private String work(Path path, String subcategory) throws Exception {
		HttpResponse<String> filed = ApiClient.as(this.port, "gridworker1", "demo123").postJson("/api/reports",
				"{\"channel\":\"PATROL\",\"subcategory\":\"" + subcategory + "\",\"description\":\"基准测试案件（"
						+ path + "）路口东北角发现问题，请处理\",\"address\":\"顺河路与城东路交叉口\",\"gridCode\":\""
						+ DemoDistrict.FIRST_GRID + "\",\"reporter\":{\"name\":\"张伟\",\"phone\":\"13800000000\"}}");
		if (filed.statusCode() != 201) {
			throw new IllegalStateException("Filing failed: " + filed.body());
		}
		String trackingNumber = this.json.readTree(filed.body()).path("trackingNumber").asText();
		int handled = 0;
		int verified = 0;
		try {
			for (int steps = 0; steps < 40; steps++) {
				JsonNode task = openTask(trackingNumber);
				if (task == null) {
					return trackingNumber;
				}
				// tasks are named after their case ("网格内处置 · 暴露垃圾 · 顺河路1号"): the step comes first
				String name = task.path("name").asText().split(" · ")[0];
				Map<String, String> variables = new LinkedHashMap<>();
				switch (name) {
					case "梳理上报案件" -> variables.put("sortingNote", "属实，已定位");
					case "审核立案" -> variables.put("registerDecision", "REGISTER");
					case "网格内处置", "社区工作站处置", "街道中心处置" -> {
						boolean climbs = path == Path.DISPATCHED_TO_DEPARTMENT
								|| (path == Path.CLIMBS_TO_STATION && name.equals("网格内处置"));
						variables.put("handlingResult", climbs ? "本级力量不足，申请上级协调" : "已督促责任人清理整改");
						variables.put("solvedHere", climbs ? "NO" : "YES");
						handled++;
					}
					case "派遣职能部门" -> {
						variables.put("department", "URBAN_MANAGEMENT");
						variables.put("dispatchNote", "请城市管理局依法处置");
					}
					case "职能部门处置" -> variables.put("handlingResult", "已依法处置完毕");
					case "反馈处置结果" -> variables.put("feedbackResult", "问题已处理，现场已恢复");
					case "核查处置结果" -> {
						boolean fixed = path != Path.REWORKED || verified > 0;
						variables.put("problemFixed", fixed ? "YES" : "NO");
						variables.put("verificationNote", fixed ? "现场核实已整改" : "现场仍有残留，需返工");
						verified++;
					}
					case "回访评价" -> {
						variables.put("satisfaction", "SATISFIED");
						variables.put("visitNote", "群众表示满意");
					}
					default -> throw new IllegalStateException("No template answer for task " + name);
				}
				if (path == Path.ESCALATED_BY_TIMEOUT && name.equals("网格内处置") && handled == 1) {
					// the grid leader lets it lie: the handling timer escalates it
					String later = LocalDateTime.now(District.ZONE).plusDays(5).withHour(10)
						.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
					EngineClockFixtures.fireTimersDueBy(this.engine, trackingNumber, later);
					continue;
				}
				complete(task, name, variables);
			}
			throw new IllegalStateException("Case " + trackingNumber + " does not end");
		}
		finally {
			EngineClockFixtures.resetClock();
		}
	}

	private JsonNode openTask(String trackingNumber) throws Exception {
		JsonNode tasks = this.json.readTree(this.admin
			.get("/engine-rest/task?processInstanceBusinessKey=" + trackingNumber + "&sortBy=created&sortOrder=asc")
			.body());
		return tasks.isEmpty() ? null : tasks.get(0);
	}

	private void complete(JsonNode task, String name, Map<String, String> variables) throws Exception {
		String taskId = task.path("id").asText();
		List<String> candidates = new ArrayList<>();
		candidates.add(WORKER.get(name));
		candidates.addAll(OTHERS);
		for (String username : candidates) {
			ApiClient user = ApiClient.as(this.port, username, "demo123");
			if (user.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + username + "\"}")
				.statusCode() != 204) {
				continue;
			}
			Map<String, Object> body = new LinkedHashMap<>();
			Map<String, Object> values = new LinkedHashMap<>();
			variables.forEach((key, value) -> values.put(key, Map.of("value", value, "type", "String")));
			body.put("variables", values);
			HttpResponse<String> completed = user.postJson("/engine-rest/task/" + taskId + "/complete",
					this.json.writeValueAsString(body));
			if (completed.statusCode() != 204) {
				throw new IllegalStateException(name + " by " + username + ": " + completed.body());
			}
			return;
		}
		throw new IllegalStateException("Nobody of " + candidates + " may claim " + name);
	}

}
