package org.gridcase.intake;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.ApiClient;
import org.gridcase.PooledStatistics;
import org.gridcase.IntegrationTest;
import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridView;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What opening a case writes to the database (issue 13): one report filed over HTTP, counted
 * per table, our tables and the engine's alike.
 * <ul>
 * <li>Rows: PostgreSQL's own counters ({@code pg_stat_user_tables}: tuples inserted and
 * updated), read before and after the report once every pooled connection has flushed its
 * statistics ({@code pg_stat_force_next_flush()}), so that a row updated in the transaction
 * that inserted it counts twice; and never fewer than the row versions the report left behind
 * (those whose {@code xmin} is newer than the report), should a connection have kept some
 * counts to itself.</li>
 * <li>Bytes: the row versions the report left behind (those whose {@code xmin} is newer than
 * the report), each as stored in its table ({@code pg_column_size} of the row, with its tuple
 * header, plus its 4-byte line pointer) and as entries of every index of the table (key
 * columns' sizes, the 8-byte index tuple header and the line pointer). Page headers, free
 * space and dead versions are not counted.</li>
 * </ul>
 */
@IntegrationTest
class CaseWriteCostTests {

	/** Issue 13's goal per case, our tables and the engine's together. */
	static final int GOAL_ROWS = 30;

	static final int GOAL_BYTES = 15 * 1024;

	/**
	 * What opening a case may cost today, so that no change makes it dearer unnoticed: the
	 * intake's own part of issue 13 brought it from 89 rows + 2 updates (58 KB) here, then from
	 * 49 rows + 1 update (33.7 KB) to 38 + 1 (24.4 KB) by recording no history of first values
	 * that copy the case record (LeanEngineHistory); the light timers' jobs (4 rows) are the
	 * timers' part. The task's grant (1 row) went to its links (identity/process/TaskLinkPermissions:
	 * 37 rows + 1 update, 23.9 KB); its history's grant stays. Then 34 rows, no update, 20.4 KB
	 * (rows part, session 7): no {@code responsibleGroup} variable (the case record holds it),
	 * {@code routedTo} transient unless routing climbed (no variable, no history), the case record
	 * inserted after its process started (no update), and the engine's indexes on columns GridCase
	 * leaves empty made partial (V47). (The issue type choice made at form time instead of stored,
	 * 2 rows more, was taken back: Tasklist's form could not read the value.) Then 31 rows, 17.6 KB
	 * (rows part, session 8): the issue type choice offered when a form's variables are read, in
	 * the shape the caller asked for (no variable, no byte array), no historic activity instance
	 * for the instance's own start event (the historic instance holds it), and V49's drop of
	 * engine indexes no query needs. Then 31 rows, 10.9 KB (rows part, session 8): the engine's ids
	 * are numbers from blocks (platform/engine/EngineIdBlocks), 5-6 digits here instead of 36-character
	 * UUIDs; the limit leaves room for about one digit more. Lower these towards the goal as the rest lands.
	 */
	static final int MAX_ROWS = 31;

	static final int MAX_BYTES = 11 * 1024 + 256;

	/**
	 * Its {@code next.dbid} row changes when a node reserves a block of engine ids
	 * (platform/engine/EngineIdBlocks): once per {@code gridcase.engine.id-block-size} (10,000)
	 * ids, about 250 cases, so about 0.004 rows per case; the one case measured here may or may
	 * not be the one that reserves.
	 */
	private static final String ENGINE_ID_BLOCKS = "act_ge_property";

	private final ObjectMapper json = new ObjectMapper();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	GridDirectory grids;

	@Test
	void openingACaseWritesNoMoreRowsAndBytesThanItDidAfterIssue13() throws Exception {
		GridView grid = GridsWithoutOpenCases.any(this.grids, this.jdbc);
		Map<String, long[]> before = tupleCounters();
		long watermark = this.jdbc.queryForObject("select pg_current_xact_id()::text::bigint % 4294967296", Long.class);

		HttpResponse<String> response = ApiClient.as(this.port, "district1", "demo123")
			.postJson("/api/reports", """
					{"channel":"PATROL","subcategory":"01-01","description":"小区东门外暴露垃圾堆放，约两立方米",\
					"address":"测试路8号东门","lon":%s,"lat":%s,"reporter":{"name":"张三","phone":"13800000000"}}"""
				.formatted(grid.lon(), grid.lat()));

		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		JsonNode receipt = this.json.readTree(response.body());
		assertThat(receipt.path("linkedToExistingCase").asBoolean()).isFalse();
		List<TableCost> costs = costsSince(before, watermark);
		TableCost total = TableCost.total(costs);
		System.out.println(report(costs, total));
		assertThat(total.rows()).as("rows inserted and updated per case").isLessThanOrEqualTo(MAX_ROWS);
		assertThat(total.bytes()).as("bytes written per case").isLessThanOrEqualTo(MAX_BYTES);
	}

	private List<TableCost> costsSince(Map<String, long[]> before, long watermark) {
		Map<String, long[]> after = tupleCounters();
		List<TableCost> costs = new ArrayList<>();
		after.forEach((table, counters) -> {
			if (ENGINE_ID_BLOCKS.equals(table)) {
				return;
			}
			long[] earlier = before.getOrDefault(table, new long[2]);
			long inserted = counters[0] - earlier[0];
			long updated = counters[1] - earlier[1];
			long left = this.jdbc.queryForObject("select count(*) from " + quoted(table) + " t where " + newerThan(watermark),
					Long.class);
			if (inserted > 0 || updated > 0 || left > 0) {
				costs.add(new TableCost(table, Math.max(inserted, left - updated), updated, heapBytes(table, watermark),
						indexBytes(table, watermark)));
			}
		});
		return costs;
	}

	/** Tuples inserted and updated per table, after every pooled connection reported its own. */
	private Map<String, long[]> tupleCounters() {
		PooledStatistics.flush(this.dataSource);
		Map<String, long[]> counters = new TreeMap<>();
		this.jdbc.execute((Connection connection) -> {
			try (Statement statement = connection.createStatement()) {
				statement.execute("select pg_stat_clear_snapshot()");
				try (var rows = statement.executeQuery(
						"select relname, n_tup_ins, n_tup_upd from pg_stat_user_tables where schemaname = current_schema()")) {
					while (rows.next()) {
						counters.put(rows.getString(1), new long[] { rows.getLong(2), rows.getLong(3) });
					}
				}
			}
			return null;
		});
		return counters;
	}



	private long heapBytes(String table, long watermark) {
		return this.jdbc.queryForObject("select coalesce(sum(pg_column_size(t.*) + 4), 0) from " + quoted(table)
				+ " t where " + newerThan(watermark), Long.class);
	}

	/** Entries of the table's indexes for its new row versions (partial indexes: matching rows only). */
	private long indexBytes(String table, long watermark) {
		List<Map<String, Object>> indexes = this.jdbc.queryForList("""
				select i.indexrelid::regclass::text as name, i.indnkeyatts + (i.indnatts - i.indnkeyatts) as columns,
				       pg_get_expr(i.indpred, i.indrelid) as predicate
				from pg_index i where i.indrelid = ?::regclass""", quoted(table));
		long bytes = 0;
		for (Map<String, Object> index : indexes) {
			List<String> columns = new ArrayList<>();
			for (int column = 1; column <= ((Number) index.get("columns")).intValue(); column++) {
				columns.add("pg_column_size(" + this.jdbc.queryForObject("select pg_get_indexdef(?::regclass, ?, false)",
						String.class, index.get("name"), column) + ")");
			}
			String keyBytes = "coalesce(" + String.join(", 0) + coalesce(", columns) + ", 0)";
			String predicate = index.get("predicate") == null ? "" : " and (" + index.get("predicate") + ")";
			// index tuple: 8-byte header + keys, aligned to 8 bytes, + 4-byte line pointer
			bytes += this.jdbc.queryForObject("select coalesce(sum((8 + " + keyBytes + " + 7) / 8 * 8 + 4), 0) from "
					+ quoted(table) + " t where " + newerThan(watermark) + predicate, Long.class);
		}
		return bytes;
	}

	private static String newerThan(long watermark) {
		return "t.xmin::text::bigint >= " + watermark;
	}

	private static String quoted(String table) {
		return "\"" + table.replace("\"", "\"\"") + "\"";
	}

	private static String report(List<TableCost> costs, TableCost total) {
		StringBuilder text = new StringBuilder("\nWritten per case (one report over HTTP):\n");
		text.append("%-32s %8s %8s %10s %10s%n".formatted("table", "inserted", "updated", "heap B", "index B"));
		Map<String, TableCost> sorted = new LinkedHashMap<>();
		costs.stream().sorted((a, b) -> Long.compare(b.bytes(), a.bytes())).forEach(cost -> sorted.put(cost.table(), cost));
		sorted.values().forEach(cost -> text.append(cost.line()));
		text.append(total.line());
		text.append("= %d rows, %.1f KB (goal: %d rows, %d KB)%n".formatted(total.rows(), total.bytes() / 1024.0, GOAL_ROWS,
				GOAL_BYTES / 1024));
		return text.toString();
	}

	record TableCost(String table, long inserted, long updated, long heapBytes, long indexBytes) {

		long rows() {
			return this.inserted + this.updated;
		}

		long bytes() {
			return this.heapBytes + this.indexBytes;
		}

		String line() {
			return "%-32s %8d %8d %10d %10d%n".formatted(this.table, this.inserted, this.updated, this.heapBytes,
					this.indexBytes);
		}

		static TableCost total(List<TableCost> costs) {
			return new TableCost("total", costs.stream().mapToLong(TableCost::inserted).sum(),
					costs.stream().mapToLong(TableCost::updated).sum(), costs.stream().mapToLong(TableCost::heapBytes).sum(),
					costs.stream().mapToLong(TableCost::indexBytes).sum());
		}

	}

}
