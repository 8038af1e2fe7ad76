package org.gridcase.shared.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Adds MyBatis mapping files of ours to the engine's own SQL configuration, so that their
 * statements can include the engine's criteria, authorization and tenant checks unchanged and
 * run in the engine's commands. Call from a process engine plugin's {@code postInit}.
 */
public final class EngineSqlMappings {

	private EngineSqlMappings() {
	}

	/** Loads the mapping file at {@code resource} (a class path resource), once. */
	public static void load(ProcessEngineConfigurationImpl engine, String resource) {
		Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
		if (mybatis.isResourceLoaded(resource)) {
			return;
		}
		try (InputStream mapping = EngineSqlMappings.class.getClassLoader().getResourceAsStream(resource)) {
			if (mapping == null) {
				throw new IllegalStateException("No SQL mapping " + resource + " on the class path");
			}
			new XMLMapperBuilder(mapping, mybatis, resource, mybatis.getSqlFragments()).parse();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
