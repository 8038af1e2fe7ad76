package org.gridcase.history.process;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.HistoricProcessInstanceQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.gridcase.shared.CodePrefix;
import org.gridcase.shared.process.EngineSqlMappings;

import org.springframework.stereotype.Component;

/**
 * The engine's historic process instance query, narrowed to the instances of the cases of a
 * place (a grid or a place above it, with everything below) that were open at some time in a
 * period: every process of a case runs under its tracking number and starts while the case is
 * open. Run by {@code CaseInstances.xml}, which includes the engine's criteria and its
 * authorization check unchanged, so the caller finds what the engine's history permissions let
 * them read, as with the engine's own query.
 */
class CaseInstanceQuery extends HistoricProcessInstanceQueryImpl {

	private static final long serialVersionUID = 1L;

	private static final String NAMESPACE = "org.gridcase.history.process.CaseInstances.";

	private final CodePrefix casePlace;

	private final Date caseOpenBy;

	private final Date caseOpenFrom;

	/**
	 * @param placeCode the place whose cases (and those of the places below it) are wanted
	 * @param from the period's start, or {@code null}
	 * @param to the period's end, or {@code null}
	 */
	CaseInstanceQuery(String placeCode, Instant from, Instant to) {
		this.casePlace = CodePrefix.of(placeCode);
		this.caseOpenBy = to == null ? null : Date.from(to);
		this.caseOpenFrom = from == null ? null : Date.from(from);
	}

	@Override
	public long executeCount(CommandContext commandContext) {
		checkQueryOk();
		ensureVariablesInitialized();
		configureChecks(commandContext);
		return (Long) commandContext.getDbEntityManager().selectOne(NAMESPACE + "selectCaseInstanceCount", this);
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<HistoricProcessInstance> executeList(CommandContext commandContext, Page page) {
		checkQueryOk();
		ensureVariablesInitialized();
		configureChecks(commandContext);
		return commandContext.getDbEntityManager().selectList(NAMESPACE + "selectCaseInstances", this, page);
	}

	/** The caller's history authorizations and tenants, as the engine's own query sets them. */
	private void configureChecks(CommandContext commandContext) {
		commandContext.getAuthorizationManager().configureHistoricProcessInstanceQuery(this);
		commandContext.getTenantManager().configureQuery(this);
	}

	public CodePrefix getCasePlace() {
		return this.casePlace;
	}

	public Date getCaseOpenBy() {
		return this.caseOpenBy;
	}

	public Date getCaseOpenFrom() {
		return this.caseOpenFrom;
	}

	/** Loads {@code CaseInstances.xml} into the engine's SQL configuration. */
	@Component
	static class Mapping extends AbstractProcessEnginePlugin {

		@Override
		public void postInit(ProcessEngineConfigurationImpl engine) {
			EngineSqlMappings.load(engine, "org/gridcase/history/process/CaseInstances.xml");
		}

	}

}
