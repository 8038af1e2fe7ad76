package org.gridcase.platform.reliability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of the application's schema (GridCase's and the engine's, and Flyway's history),
 * read from the catalogue of the connection's current schema.
 */
final class DatabaseSchema {

	private DatabaseSchema() {
	}

	/** Every table, those that others reference first (self-references do not count). */
	static List<String> tablesInLoadOrder(Connection connection) throws SQLException {
		Map<String, Set<String>> references = new LinkedHashMap<>();
		try (PreparedStatement tables = connection.prepareStatement("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
				order by c.relname""");
				ResultSet rows = tables.executeQuery()) {
			while (rows.next()) {
				references.put(rows.getString(1), new LinkedHashSet<>());
			}
		}
		try (PreparedStatement keys = connection.prepareStatement("""
				select c.conrelid::regclass::text, c.confrelid::regclass::text from pg_constraint c
				join pg_namespace n on n.oid = c.connamespace
				where n.nspname = current_schema() and c.contype = 'f' and c.conrelid <> c.confrelid""");
				ResultSet rows = keys.executeQuery()) {
			while (rows.next()) {
				references.get(unquoted(rows.getString(1))).add(unquoted(rows.getString(2)));
			}
		}
		List<String> ordered = new ArrayList<>();
		Set<String> visiting = new LinkedHashSet<>();
		for (String table : references.keySet()) {
			visit(table, references, ordered, visiting);
		}
		return ordered;
	}

	private static void visit(String table, Map<String, Set<String>> references, List<String> ordered,
			Set<String> visiting) {
		if (ordered.contains(table)) {
			return;
		}
		if (!visiting.add(table)) {
			throw new IllegalStateException("Foreign keys form a cycle through " + visiting);
		}
		for (String referenced : references.get(table)) {
			visit(referenced, references, ordered, visiting);
		}
		visiting.remove(table);
		ordered.add(table);
	}

	/** The columns a {@code COPY} can write (not generated ones), in table order. */
	static List<String> columns(Connection connection, String table) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select a.attname from pg_attribute a
				where a.attrelid = quote_ident(?)::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
				order by a.attnum""")) {
			query.setString(1, table);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					columns.add(rows.getString(1));
				}
			}
		}
		return columns;
	}

	static List<String> sequences(Connection connection) throws SQLException {
		List<String> sequences = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("""
				select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where n.nspname = current_schema() and c.relkind = 'S' order by c.relname""");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				sequences.add(rows.getString(1));
			}
		}
		return sequences;
	}

	static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	static String columnList(List<String> columns) {
		return String.join(", ", columns.stream().map(DatabaseSchema::quoted).toList());
	}

	private static String unquoted(String regclass) {
		return regclass.startsWith("\"") ? regclass.substring(1, regclass.length() - 1).replace("\"\"", "\"")
				: regclass;
	}

}
