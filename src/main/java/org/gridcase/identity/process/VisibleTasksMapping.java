package org.gridcase.identity.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.gridcase.shared.process.EngineSqlMappings;

import org.springframework.stereotype.Component;

/**
 * Loads {@code VisibleTasks.xml} into the engine's MyBatis configuration and has the engine run
 * its task list and count statements from there: they are the engine's own, plus the
 * {@link VisibleTasks} condition when a query carries it.
 */
@Component
class VisibleTasksMapping extends AbstractProcessEnginePlugin {

	private static final String MAPPING = "org/gridcase/identity/process/VisibleTasks.xml";

	static final String GRANTS_BEYOND_SINGLE_TASKS = "selectTaskGrantsBeyondSingleTasks";

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		EngineSqlMappings.load(configuration, MAPPING);
		DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
		Map<String, String> mappings = new HashMap<>(sessions.getStatementMappings() == null ? Map.of()
				: sessions.getStatementMappings());
		mappings.put("selectTaskByQueryCriteria", "selectVisibleTaskByQueryCriteria");
		mappings.put("selectTaskCountByQueryCriteria", "selectVisibleTaskCountByQueryCriteria");
		sessions.setStatementMappings(mappings);
	}

}
