package org.gridcase.audit;

import java.util.Map;
import java.util.function.Function;

/**
 * What the audit trail records, what each kind is called and how each reads in a case's
 * timeline (Chinese).
 */
public enum AuditEventType {

	REPORT_RECEIVED("收到报告",
			data -> "收到报告 " + data.get("trackingNumber") + "（渠道: " + data.get("channelLabel") + "）"),
	REPORT_LINKED("并入重复报告", data -> "报告 " + data.get("trackingNumber") + " 作为重复报告并入本案"),
	REPORT_UNLINKED("拆分报告", data -> "报告 " + data.get("trackingNumber") + " 从本案拆分，另立新案"),
	CASE_OPENED("案件受理", data -> "案件受理，所在网格 " + data.get("gridCode")),
	STEP_ENTERED("进入环节", data -> "进入环节: " + data.get("stepLabel")),
	TASK_CLAIMED("认领任务", data -> "认领任务: " + data.get("task")),
	TASK_UNCLAIMED("退回任务", data -> "退回任务: " + data.get("task")),
	TASK_ASSIGNED("指派任务", data -> "指派任务: " + data.get("task") + " 给 " + data.get("assignee")),
	/** The form values follow, by their labels ({@link TimelineEntries}). */
	TASK_COMPLETED("完成任务", data -> "完成任务: " + data.get("task")),
	CASE_ESCALATED("升级", data -> "由" + data.get("fromLabel") + "升级至" + data.get("toLabel")
			+ ("TIMEOUT".equals(data.get("cause")) ? "（超时）" : "（本级无法解决）")
			+ (isBlank(data.get("skipped")) ? "" : "，越过: " + data.get("skipped"))),
	LIGHT_TURNED("亮灯", data -> "亮灯: " + data.get("fromLabel") + " → " + data.get("toLabel")),
	REWORK_COUNTED("返工", data -> "核查未通过，返回处置（第 " + data.get("reworkCount") + " 次返工）"),
	DEPARTMENT_DISPATCHED("派遣部门", data -> "派遣职能部门: " + data.get("departmentCode")),
	ACCOUNTABILITY_REVIEW_STARTED("责任倒查", data -> "启动责任倒查（网格侧: " + data.get("gridSide") + "；部门侧: "
			+ data.get("departmentSide") + "）"),
	PHOTOS_ADDED("上传照片", data -> "上传照片 " + data.get("count") + " 张（环节: " + data.get("stepLabel") + "）"),
	/** A case's trace exported for a review (责任倒查): its format (PDF, CSV) and how many events it held. */
	TRACE_EXPORTED("导出追溯材料",
			data -> "导出案件追溯材料（" + data.get("format") + "，" + data.get("events") + " 条记录）"),
	/** Audit events of a period exported: format, the period's days (district time), the place subtree or all. */
	EVENTS_EXPORTED("导出审计记录", data -> "导出审计记录（" + data.get("format") + "，" + data.get("from") + " 至 "
			+ data.get("to") + "，范围: " + (isBlank(data.get("place")) ? "全区" : data.get("place")) + "）");

	private final String label;

	private final Function<Map<String, Object>, String> text;

	AuditEventType(String label, Function<Map<String, Object>, String> text) {
		this.label = label;
		this.text = text;
	}

	/** What this kind of event is called (Chinese). */
	public String label() {
		return this.label;
	}

	/** The event as a line of the case timeline. */
	public String describe(Map<String, Object> data) {
		return this.text.apply(data);
	}

	private static boolean isBlank(Object value) {
		return value == null || value.toString().isBlank();
	}

}
