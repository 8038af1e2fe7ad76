package org.gridcase.platform.database;

import java.sql.Connection;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates the Camunda 7.24 engine schema from the PostgreSQL scripts shipped inside the engine
 * jar, so that Flyway (not the engine's own schema auto-update) owns the engine tables and our
 * later migrations can add what the engine lacks. An engine upgrade becomes a further
 * migration that runs the jar's {@code db/upgrade/postgres_engine_A_to_B.sql}.
 */
@Component
class CamundaEngineSchemaMigration implements JavaMigration {

	private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.postgres.create.%s.sql";

	private static final List<String> COMPONENTS = List.of("engine", "history", "identity", "case.engine",
			"case.history", "decision.engine", "decision.history");

	@Override
	public MigrationVersion getVersion() {
		return MigrationVersion.fromVersion("1");
	}

	@Override
	public String getDescription() {
		return "camunda engine schema 7.24";
	}

	@Override
	public Integer getChecksum() {
		return COMPONENTS.hashCode();
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

	@Override
	public void migrate(Context context) {
		Connection connection = context.getConnection();
		for (String component : COMPONENTS) {
			ScriptUtils.executeSqlScript(connection, new ClassPathResource(SCRIPTS.formatted(component)));
		}
	}

}
