package org.gridcase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/** PostgreSQL's plan of a captured statement with its parameters ({@code EXPLAIN}), as text. */
public final class QueryPlans {

	private QueryPlans() {
	}

	public static String explain(Connection connection, String sql, List<Object> parameters) throws Exception {
		try (PreparedStatement explain = connection.prepareStatement("explain " + sql)) {
			for (int i = 0; i < parameters.size(); i++) {
				explain.setObject(i + 1, parameters.get(i));
			}
			StringBuilder plan = new StringBuilder();
			try (ResultSet rows = explain.executeQuery()) {
				while (rows.next()) {
					plan.append(rows.getString(1)).append('\n');
				}
			}
			return plan.toString();
		}
	}

}
