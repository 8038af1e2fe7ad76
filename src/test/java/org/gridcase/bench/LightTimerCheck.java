package org.gridcase.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whether GridCase's light timers, made due at once by the benchmark, turned the lights they
 * stand for (issue 13: "all fired ... with every light right"). Read before the timers are made
 * due: each light timer's configuration ({@code TASK:<task>:<case>:YELLOW:<redAt>},
 * {@code TASK:<task>::RED}, {@code CASE::<case>:YELLOW:<redAt>}, see the application's
 * {@code LightTimer}). Checked after they fired: the task's {@code light} variable is the timer's
 * light, the case's light in {@code case_record} is at least as bad, and a yellow timer whose red
 * time is still ahead has left the red timer that follows it. Other timers among them (escalations,
 * vanilla's) are not checked.
 */
final class LightTimerCheck {

	private static final String LIGHT_TIMER = "gridcase-light";

	private static final List<String> LIGHTS = List.of("GREEN", "YELLOW", "RED");

	/** The light timers' configurations, read before they were made due. */
	private final List<Config> timers;

	private LightTimerCheck(List<Config> timers) {
		this.timers = timers;
	}

	/** The light timers among the jobs (none in vanilla's database, which has no such handler). */
	static LightTimerCheck of(JdbcTemplate db, String jobIds) {
		List<Config> timers = db.queryForList("select handler_cfg_ from act_ru_job where handler_type_ = ?"
				+ " and id_ = any(string_to_array(?, ','))", String.class, LIGHT_TIMER, jobIds)
			.stream()
			.map(Config::parse)
			.toList();
		return new LightTimerCheck(timers);
	}

	/**
	 * How many of the light timers turned the right lights, with the time the timers were made
	 * due and the time the last had fired: a red time in between may have turned the light red.
	 */
	Result check(JdbcTemplate db, Instant madeDue, Instant allFired) {
		if (this.timers.isEmpty()) {
			return new Result(0, 0);
		}
		Map<String, String> taskLights = new HashMap<>();
		db.query("select task_id_, text_ from act_ru_variable where name_ = 'light' and task_id_ = any(string_to_array(?, ','))",
				row -> {
					taskLights.put(row.getString(1), row.getString(2));
				}, String.join(",", this.timers.stream().map(Config::taskId).filter(id -> id != null).toList()));
		Map<String, String> caseLights = new HashMap<>();
		db.query("select id::text, light from case_record where id = any(string_to_array(?, ',')::uuid[])",
				row -> {
					caseLights.put(row.getString(1), row.getString(2));
				}, String.join(",", this.timers.stream().map(Config::caseId).filter(id -> id != null).toList()));
		List<String> redsExpected = new ArrayList<>();
		for (Config timer : this.timers) {
			if (timer.redFollowsAfter(allFired)) {
				redsExpected.add(timer.followingRed());
			}
		}
		Set<String> reds = new HashSet<>(db.queryForList("select handler_cfg_ from act_ru_job where handler_type_ = ?"
				+ " and handler_cfg_ = any(string_to_array(?, ','))", String.class, LIGHT_TIMER, String.join(",", redsExpected)));
		int right = 0;
		for (Config timer : this.timers) {
			List<String> allowed = timer.lightsAfter(madeDue, allFired);
			boolean taskRight = timer.taskId() == null || allowed.contains(taskLights.get(timer.taskId()));
			boolean caseRight = timer.caseId() == null
					|| LIGHTS.indexOf(caseLights.get(timer.caseId())) >= LIGHTS.indexOf(allowed.get(0));
			boolean redRight = !timer.redFollowsAfter(allFired) || reds.contains(timer.followingRed());
			if (taskRight && caseRight && redRight) {
				right++;
			}
		}
		return new Result(this.timers.size(), right);
	}

	/** Light timers checked, and of them those whose lights were right. */
	record Result(int checked, int right) {
	}

	private record Config(String kind, String taskId, String caseId, String light, Instant redAt) {

		static Config parse(String canonical) {
			String[] parts = canonical.split(":", -1);
			return new Config(parts[0], parts[1].isEmpty() ? null : parts[1], parts[2].isEmpty() ? null : parts[2], parts[3],
					parts.length > 4 ? Instant.ofEpochMilli(Long.parseLong(parts[4])) : null);
		}

		/** The lights the timer may have left: its own, or red too when its red time came meanwhile. */
		List<String> lightsAfter(Instant madeDue, Instant allFired) {
			if (this.redAt == null || this.redAt.isAfter(allFired)) {
				return List.of(this.light);
			}
			return this.redAt.isAfter(madeDue) ? List.of(this.light, "RED") : List.of("RED");
		}

		boolean redFollowsAfter(Instant allFired) {
			return this.redAt != null && this.redAt.isAfter(allFired);
		}

		/** The configuration of the red timer a yellow one schedules. */
		String followingRed() {
			return this.kind + ":" + (this.taskId == null ? "" : this.taskId) + ":" + (this.caseId == null ? "" : this.caseId) + ":RED";
		}

	}

}
