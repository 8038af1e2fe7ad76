package org.gridcase.history.process;

import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.history.HistoricProcessInstance;

/**
 * One page of the history search: how many instances match in all and the page's rows, newest
 * start first.
 */
record HistoricInstancePage(long count, int firstResult, int maxResults, List<Row> instances) {

	/** What the search lists of an instance (named as in the engine's REST API). */
	record Row(String id, String businessKey, String processDefinitionKey, String processDefinitionName, String state,
			Instant startTime, Instant endTime) {

		static Row of(HistoricProcessInstance instance) {
			return new Row(instance.getId(), instance.getBusinessKey(), instance.getProcessDefinitionKey(),
					instance.getProcessDefinitionName(), instance.getState(), instance.getStartTime().toInstant(),
					instance.getEndTime() == null ? null : instance.getEndTime().toInstant());
		}

	}

}
