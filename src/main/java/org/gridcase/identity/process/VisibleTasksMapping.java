package org.gridcase.identity.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;

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
		Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
		if (!mybatis.isResourceLoaded(MAPPING)) {
			try (InputStream mapping = VisibleTasksMapping.class.getClassLoader().getResourceAsStream(MAPPING)) {
				new XMLMapperBuilder(mapping, mybatis, MAPPING, mybatis.getSqlFragments()).parse();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
		Map<String, String> mappings = new HashMap<>(sessions.getStatementMappings() == null ? Map.of()
				: sessions.getStatementMappings());
		mappings.put("selectTaskByQueryCriteria", "selectVisibleTaskByQueryCriteria");
		mappings.put("selectTaskCountByQueryCriteria", "selectVisibleTaskCountByQueryCriteria");
		sessions.setStatementMappings(mappings);
	}

}
