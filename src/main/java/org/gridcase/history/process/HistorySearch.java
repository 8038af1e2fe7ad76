package org.gridcase.history.process;

import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.gridcase.cases.CaseTrackingNumbers;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the history search through the engine's history query as the caller, so the engine's
 * authorizations (read history of the process, or of the instance) decide what is found and
 * counted, as through its REST API. A grid subtree is looked up in the case record: the tracking
 * numbers of the subtree's cases open in the period, asked of the engine as business keys. Should
 * a search name more cases than one query should carry (a whole district over years), the engine
 * matches the instances' {@value #GRID_CODE} variable instead, as the plugin did before: the same
 * instances, found more slowly.
 * <p>
 * One search is one read-only transaction and one engine command: the case record lookup, the
 * engine's check of the caller's groups, the count and the page share a connection and a commit
 * (as separate commands they took three commits and two group checks, most of a search's time).
 */
@Component
class HistorySearch {

	/** The most tracking numbers the engine is asked for in one query. */
	static final int MOST_BUSINESS_KEYS = 1000;

	/** Every process of a case carries its grid (grid/process TaskRoutingVariables). */
	private static final String GRID_CODE = "gridCode";

	private final HistoryService history;

	private final IdentityService identity;

	private final CaseTrackingNumbers trackingNumbers;

	private final CommandExecutor commands;

	private final TransactionTemplate readOnly;

	HistorySearch(HistoryService history, IdentityService identity, CaseTrackingNumbers trackingNumbers,
			ProcessEngineConfigurationImpl engine, PlatformTransactionManager transactions) {
		this.history = history;
		this.identity = identity;
		this.trackingNumbers = trackingNumbers;
		this.commands = engine.getCommandExecutorTxRequired();
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	HistoricInstancePage find(HistorySearchFilter filter, String username, List<String> groups) {
		return this.readOnly.execute(transaction -> findInTransaction(filter, username, groups));
	}

	private HistoricInstancePage findInTransaction(HistorySearchFilter filter, String username, List<String> groups) {
		HistoricProcessInstanceQuery query = this.history.createHistoricProcessInstanceQuery();
		if (filter.gridCode() != null) {
			Optional<List<String>> cases = this.trackingNumbers.ofCasesOpenDuring(filter.gridCode(),
					filter.startedAfter(), filter.latestStart(), MOST_BUSINESS_KEYS);
			if (cases.isPresent() && cases.get().isEmpty()) {
				return new HistoricInstancePage(0, filter.firstResult(), filter.maxResults(), List.of());
			}
			cases.ifPresentOrElse(keys -> query.processInstanceBusinessKeyIn(keys.toArray(String[]::new)),
					() -> query.variableValueLike(GRID_CODE, filter.gridCode() + "%"));
		}
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
		HistoricProcessInstanceQueryImpl countAndPage = (HistoricProcessInstanceQueryImpl) query;
		this.identity.setAuthentication(username, groups);
		try {
			return this.commands.execute(commandContext -> {
				long count = countAndPage.evaluateExpressionsAndExecuteCount(commandContext);
				countAndPage.setFirstResult(filter.firstResult());
				countAndPage.setMaxResults(filter.maxResults());
				List<HistoricInstancePage.Row> rows = count <= filter.firstResult() ? List.of()
						: countAndPage.evaluateExpressionsAndExecuteList(commandContext, null)
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
