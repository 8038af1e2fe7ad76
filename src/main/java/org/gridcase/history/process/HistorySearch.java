package org.gridcase.history.process;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the history search through the engine's history query as the caller, so the engine's
 * authorizations (read history of the process, or of the instance) decide what is found and
 * counted, as through its REST API. A grid subtree and period narrow it to the instances of the
 * cases of that subtree open in the period ({@link CaseInstanceQuery}: one indexed semi-join on
 * the case record, in the engine's own statement).
 * <p>
 * One search is one read-only transaction and one engine command: the engine's check of the
 * caller's groups, the count and the page share a connection and a commit.
 */
@Component
class HistorySearch {

	private final IdentityService identity;

	private final CommandExecutor commands;

	private final TransactionTemplate readOnly;

	HistorySearch(IdentityService identity, ProcessEngineConfigurationImpl engine,
			PlatformTransactionManager transactions) {
		this.identity = identity;
		this.commands = engine.getCommandExecutorTxRequired();
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	HistoricInstancePage find(HistorySearchFilter filter, String username, List<String> groups) {
		HistoricProcessInstanceQueryImpl query = filter.gridCode() == null ? new HistoricProcessInstanceQueryImpl()
				: new CaseInstanceQuery(filter.gridCode(), filter.startedAfter(), filter.latestStart());
		if (filter.trackingNumber() != null) {
			if (filter.completeTrackingNumber()) {
				query.processInstanceBusinessKey(filter.trackingNumber());
			}
			else {
				query.processInstanceBusinessKeyLike(filter.trackingNumber() + "%");
			}
		}
		if (filter.processDefinitionKey() != null) {
			query.processDefinitionKey(filter.processDefinitionKey());
		}
		if (filter.startedAfter() != null) {
			query.startedAfter(Date.from(filter.startedAfter()));
		}
		if (filter.startedBefore() != null) {
			query.startedBefore(Date.from(filter.startedBefore()));
		}
		if (filter.finishedAfter() != null) {
			query.finishedAfter(Date.from(filter.finishedAfter()));
		}
		if (filter.finishedBefore() != null) {
			query.finishedBefore(Date.from(filter.finishedBefore()));
		}
		if ("finished".equals(filter.state())) {
			query.finished();
		}
		else if ("unfinished".equals(filter.state())) {
			query.unfinished();
		}
		query.orderByProcessInstanceStartTime().desc().orderByProcessInstanceId().asc();
		return this.readOnly.execute(transaction -> countAndPage(query, filter, username, groups));
	}

	private HistoricInstancePage countAndPage(HistoricProcessInstanceQueryImpl query, HistorySearchFilter filter,
			String username, List<String> groups) {
		this.identity.setAuthentication(username, groups);
		try {
			return this.commands.execute(commandContext -> {
				long count = query.evaluateExpressionsAndExecuteCount(commandContext);
				query.setFirstResult(filter.firstResult());
				query.setMaxResults(filter.maxResults());
				List<HistoricInstancePage.Row> rows = count <= filter.firstResult() ? List.of()
						: query.evaluateExpressionsAndExecuteList(commandContext, null)
							.stream()
							.map(HistoricInstancePage.Row::of)
							.toList();
				return new HistoricInstancePage(count, filter.firstResult(), filter.maxResults(), rows);
			});
		}
		finally {
			this.identity.clearAuthentication();
		}
	}

}
