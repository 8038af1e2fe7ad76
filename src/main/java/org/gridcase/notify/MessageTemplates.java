package org.gridcase.notify;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.samskivert.mustache.BasicCollector;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import org.gridcase.shared.UserTexts;

/**
 * Renders message templates with Mustache, logic-less: a template names variables from a flat
 * map of text and nothing else — no reflection into objects, no partials, no code. A template is
 * accepted only when every name it uses is a variable of its kind.
 */
final class MessageTemplates {

	private static final BasicCollector MAP_ONLY = new BasicCollector() {
		@Override
		public <K, V> Map<K, V> createFetcherCache() {
			return new ConcurrentHashMap<>();
		}
	};

	private static final Mustache.Compiler LENIENT = Mustache.compiler()
		.escapeHTML(false)
		.withCollector(MAP_ONLY)
		.defaultValue("");

	private static final Mustache.Compiler STRICT = Mustache.compiler()
		.escapeHTML(false)
		.withCollector(MAP_ONLY)
		.strictSections(true);

	private MessageTemplates() {
	}

	/** The text, variables the template names but the map lacks rendering empty. */
	static String render(String template, Map<String, String> variables) {
		return LENIENT.compile(template).execute(variables);
	}

	/**
	 * Checks that the template compiles and names only the kind's variables.
	 * @return null if it is fine, else what is wrong (Chinese)
	 */
	static String problemWith(String template, NotificationKind kind) {
		try {
			Template compiled = STRICT.compile(template);
			compiled.execute(kind.variables().stream().collect(Collectors.toMap(Function.identity(), name -> "x")));
			return null;
		}
		catch (MustacheException.Context ex) {
			return UserTexts.get("notify.template.unknown-variable", ex.key, String.join(", ", kind.variables()));
		}
		catch (MustacheException ex) {
			return UserTexts.get("notify.template.syntax", ex.getMessage());
		}
		catch (UnsupportedOperationException ex) {
			return UserTexts.get("notify.template.no-partials");
		}
	}

}
