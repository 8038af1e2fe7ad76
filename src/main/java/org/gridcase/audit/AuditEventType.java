package org.gridcase.audit;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the audit trail records, and how each reads in a case's timeline (Chinese).
 */
public enum AuditEventType {

	REPORT_RECEIVED(data -> "收到报告 " + data.get("trackingNumber") + "（渠道: " + data.get("channelLabel") + "）"),
	REPORT_LINKED(data -> "报告 " + data.get("trackingNumber") + " 作为重复报告并入本案"),
	REPORT_UNLINKED(data -> "报告 " + data.get("trackingNumber") + " 从本案拆分，另立新案"),
	CASE_OPENED(data -> "案件受理，所在网格 " + data.get("gridCode")),
	STEP_ENTERED(data -> "进入环节: " + data.get("stepLabel")),
	TASK_CLAIMED(data -> "认领任务: " + data.get("task")),
	TASK_UNCLAIMED(data -> "退回任务: " + data.get("task")),
	TASK_ASSIGNED(data -> "指派任务: " + data.get("task") + " 给 " + data.get("assignee")),
	TASK_COMPLETED(data -> "完成任务: " + data.get("task") + formValues(data.get("formValues"))),
	CASE_ESCALATED(data -> "由" + data.get("fromLabel") + "升级至" + data.get("toLabel")
			+ ("TIMEOUT".equals(data.get("cause")) ? "（超时）" : "（本级无法解决）")
			+ (isBlank(data.get("skipped")) ? "" : "，越过: " + data.get("skipped"))),
	LIGHT_TURNED(data -> "亮灯: " + data.get("fromLabel") + " → " + data.get("toLabel")),
	REWORK_COUNTED(data -> "核查未通过，返回处置（第 " + data.get("reworkCount") + " 次返工）"),
	DEPARTMENT_DISPATCHED(data -> "派遣职能部门: " + data.get("departmentCode")),
	ACCOUNTABILITY_REVIEW_STARTED(data -> "启动责任倒查（网格侧: " + data.get("gridSide") + "；部门侧: "
			+ data.get("departmentSide") + "）"),
	PHOTOS_ADDED(data -> "上传照片 " + data.get("count") + " 张（环节: " + data.get("stepLabel") + "）"),
	// staffing (no case): an assignment entered by mistake, withdrawn the same day
	ASSIGNMENT_WITHDRAWN(data -> "撤销误录任职: " + data.get("username") + " · " + data.get("roleLabel") + " · "
			+ data.get("placeCode"));

	private final Function<Map<String, Object>, String> text;

	AuditEventType(Function<Map<String, Object>, String> text) {
		this.text = text;
	}

	/** The event as a line of the case timeline. */
	public String describe(Map<String, Object> data) {
		return this.text.apply(data);
	}

	private static String formValues(Object values) {
		if (!(values instanceof Map<?, ?> map) || map.values().stream().allMatch(java.util.Objects::isNull)) {
			return "";
		}
		return map.entrySet()
			.stream()
			.filter(entry -> entry.getValue() != null)
			.map(entry -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining("，", "（", "）"));
	}

	private static boolean isBlank(Object value) {
		return value == null || value.toString().isBlank();
	}

}
