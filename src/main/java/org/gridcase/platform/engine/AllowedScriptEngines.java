package org.gridcase.platform.engine;

import java.util.Locale;
import java.util.Set;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;

/**
 * Script engines for the languages in {@code gridcase.models.script-languages} only (none by
 * default): any other language finds no engine, so a script that got past deployment (or a
 * deployment made before this policy) fails instead of running.
 */
final class AllowedScriptEngines implements ScriptEngineResolver {

	private final ScriptEngineResolver engines;

	private final Set<String> languages;

	AllowedScriptEngines(ScriptEngineResolver engines, Set<String> languages) {
		this.engines = engines;
		this.languages = languages;
	}

	@Override
	public void addScriptEngineFactory(ScriptEngineFactory factory) {
		this.engines.addScriptEngineFactory(factory);
	}

	@Override
	public ScriptEngineManager getScriptEngineManager() {
		return this.engines.getScriptEngineManager();
	}

	@Override
	public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
		return this.languages.contains(language.toLowerCase(Locale.ROOT))
				? this.engines.getScriptEngine(language, resolveFromCache) : null;
	}

}
