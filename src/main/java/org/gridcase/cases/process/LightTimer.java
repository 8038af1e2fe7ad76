package org.gridcase.cases.process;

import org.camunda.bpm.engine.impl.jobexecutor.JobHandlerConfiguration;
import org.gridcase.deadlines.Light;

/**
 * What a light timer turns when it fires: a task's light (and its case's, when the task is a
 * step of the case), or the whole case's. Canonical form {@code TASK:<taskId>:<caseId>:YELLOW},
 * {@code TASK:<taskId>::YELLOW} or {@code CASE::<caseId>:RED}.
 */
record LightTimer(String taskId, String caseId, Light light) implements JobHandlerConfiguration {

	static LightTimer parse(String canonical) {
		String[] parts = canonical.split(":", -1);
		return new LightTimer(parts[1].isEmpty() ? null : parts[1], parts[2].isEmpty() ? null : parts[2],
				Light.valueOf(parts[3]));
	}

	@Override
	public String toCanonicalString() {
		return (this.taskId == null ? "CASE" : "TASK") + ":" + (this.taskId == null ? "" : this.taskId) + ":"
				+ (this.caseId == null ? "" : this.caseId) + ":" + this.light;
	}

}
