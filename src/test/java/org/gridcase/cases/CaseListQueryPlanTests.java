package org.gridcase.cases;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.SoftAssertions;
import org.gridcase.ApiClient;
import org.gridcase.IntegrationTest;
import org.gridcase.deadlines.Light;
import org.gridcase.grid.DemoDistrict;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The district's case list reads a page through an index and no more of the table than the page
 * needs, whatever the parameters, and counts nothing. Each page a list asks for (newest first,
 * by step or case due date, by grid code, filtered by a grid, a community, a street, a place
 * without cases, a step, a light; as the district, a street, a station, a grid leader and a
 * department officer) is built as {@link CaseList} builds it and run, in a transaction that is
 * rolled back, on {@value #CASES} synthetic cases (one in ten open) in PostgreSQL's generic plan
 * ({@code plan_cache_mode = force_generic_plan}: the plan a prepared statement keeps after a
 * few executions, made for any parameters) with {@code EXPLAIN ANALYZE}: no plan may scan the
 * case table, and none may read more than {@value #MOST_ROWS_READ} of its rows (a sort of the
 * whole table, or of a street's cases, would). Plans and times go to
 * {@code target/case-list-query-plans.txt}.
 */
@IntegrationTest
class CaseListQueryPlanTests {

	private static final int CASES = 120_000;

	/** 2.5% of the cases: a page of 21 rows read through an index with a filter passing one in a hundred. */
	private static final int MOST_ROWS_READ = 3_000;

	private static final String NOWHERE = DemoDistrict.DISTRICT_CODE + "099";

	@LocalServerPort
	int port;

	@Autowired
	CaseList list;

	@Autowired
	Callers callers;

	@Autowired
	DataSource dataSource;

	private final ObjectMapper json = new ObjectMapper();

	@Test
	void everyPageIsReadThroughAnIndexInItsGenericPlanWithoutCountingOrSortingTheTable() throws Exception {
		Sort.Order newest = Sort.Order.desc("openedAt");
		Sort.Order stepDue = Sort.Order.asc("stepDueAt");
		List<Page> pages = List.of(new Page("district1", search(null, null, null), newest, 0),
				new Page("district1", search(null, null, null), stepDue, 0),
				new Page("district1", search(null, null, null), Sort.Order.asc("caseDueAt"), 0),
				new Page("district1", search(null, null, null), Sort.Order.asc("gridCode"), 0),
				new Page("district1", search(null, null, null), newest, 5),
				new Page("district1", search(DemoDistrict.FIRST_STREET, null, null), newest, 0),
				new Page("district1", search(DemoDistrict.FIRST_COMMUNITY, null, null), newest, 0),
				new Page("district1", search(DemoDistrict.FIRST_COMMUNITY, null, null), stepDue, 0),
				new Page("district1", search(DemoDistrict.FIRST_GRID, null, null), newest, 0),
				new Page("district1", search(DemoDistrict.FIRST_GRID, null, null), stepDue, 0),
				new Page("district1", search(NOWHERE, null, null), newest, 0),
				new Page("district1", search(null, CaseStep.HANDLE, null), newest, 0),
				new Page("district1", search(null, null, Light.RED), newest, 0),
				new Page("district1", search(null, null, Light.RED), stepDue, 0),
				new Page("street1", search(null, null, null), stepDue, 0),
				new Page("station1", search(null, null, null), newest, 0),
				new Page("gridleader1", search(null, null, null), newest, 0),
				new Page("officerum1", search(null, null, null), newest, 0));

		StringBuilder written = new StringBuilder();
		SoftAssertions plans = new SoftAssertions();
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try {
				fillWithSyntheticCases(connection);
				for (Page page : pages) {
					CaseListQuery query = this.list.query(page.search(), caller(page.username()));
					String sql = query.sql(page.order(), page.number() * 20L, 21);
					JsonNode plan = genericPlan(connection, sql, query.parameters());
					long read = rowsReadFromCases(plan.path("Plan"));
					written.append(page).append('\n').append(sql).append('\n').append(query.parameters()).append('\n')
						.append(plan.toPrettyString()).append(String.format(Locale.ROOT, "%ncase rows read: %d, %.2f ms%n%n", read,
								plan.path("Execution Time").asDouble()));
					plans.assertThat(plan.toString()).as("%s%n%s", page, sql)
						.doesNotContain("\"Node Type\":\"Seq Scan\"")
						.containsPattern("\"Node Type\":\"(Index|Index Only|Bitmap Index) Scan\"");
					plans.assertThat(read).as("case rows read by %s%n%s", page, sql).isLessThanOrEqualTo(MOST_ROWS_READ);
					plans.assertThat(sql.toLowerCase(Locale.ROOT)).doesNotContain("count(").doesNotContain("grid_code like");
				}
			}
			finally {
				connection.rollback();
			}
		}
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target/case-list-query-plans.txt"), written);
		plans.assertAll();
	}

	@Test
	void aPageIsOneStatementAndSaysWhetherAnotherFollows() throws Exception {
		Logger jdbc = (Logger) LoggerFactory.getLogger(JdbcTemplate.class);
		Level level = jdbc.getLevel();
		ListAppender<ILoggingEvent> log = new ListAppender<>();
		log.start();
		jdbc.addAppender(log);
		jdbc.setLevel(Level.DEBUG);
		JsonNode page;
		try {
			page = get("district1", "/api/cases?size=1");
		}
		finally {
			jdbc.setLevel(level);
			jdbc.detachAppender(log);
		}
		assertThat(log.list).extracting(ILoggingEvent::getFormattedMessage)
			.filteredOn(sql -> sql.contains("from case_record"))
			.hasSize(1)
			.noneMatch(sql -> sql.contains("count("));
		assertThat(page.path("content")).hasSize(1);
		assertThat(page.path("hasNext").asBoolean()).isTrue();
		assertThat(page.path("totalElements").isNull()).isTrue();
		assertThat(get("district1", "/api/cases?grid=" + NOWHERE).path("totalElements").asLong()).isZero();
	}

	private JsonNode get(String username, String path) throws Exception {
		var response = ApiClient.as(this.port, username, "demo123").get(path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return this.json.readTree(response.body());
	}

	private static CaseSearch search(String place, CaseStep step, Light light) {
		return new CaseSearch(null, place, step, light, null, null, null, null);
	}

	private Caller caller(String username) {
		return this.callers.of(new UsernamePasswordAuthenticationToken(username, null, List.of()));
	}

	/** One page a list asks for. */
	private record Page(String username, CaseSearch search, Sort.Order order, int number) {

		@Override
		public String toString() {
			return this.username + ", " + this.order + ", page " + this.number + ", grid " + this.search.gridCode() + ", step "
					+ this.search.step() + ", light " + this.search.light();
		}

	}

	/** The statement's generic plan, run ({@code EXPLAIN ANALYZE}) with the parameters given. */
	private static JsonNode genericPlan(Connection connection, String sql, List<Object> parameters) throws Exception {
		AtomicInteger number = new AtomicInteger();
		String numbered = Pattern.compile("\\?").matcher(sql).replaceAll(match -> "\\$" + number.incrementAndGet());
		List<String> values = parameters.stream().map(CaseListQueryPlanTests::literal).toList();
		try (Statement explain = connection.createStatement()) {
			explain.execute("set local plan_cache_mode = force_generic_plan");
			explain.execute("prepare case_list_check as " + numbered);
			try (ResultSet rows = explain.executeQuery("explain (analyze, format json) execute case_list_check"
					+ (values.isEmpty() ? "" : "(" + String.join(", ", values) + ")"))) {
				rows.next();
				return new ObjectMapper().readTree(rows.getString(1)).get(0);
			}
			finally {
				explain.execute("deallocate case_list_check");
			}
		}
	}

	private static String literal(Object value) {
		if (value instanceof Number) {
			return value.toString();
		}
		String text = value instanceof OffsetDateTime time ? time.toString() : (String) value;
		return "'" + text.replace("'", "''") + "'";
	}

	/** Rows the plan's nodes on case_record read: those they returned and those their filters removed. */
	private static long rowsReadFromCases(JsonNode node) {
		long read = 0;
		if ("case_record".equals(node.path("Relation Name").asText())) {
			read += (node.path("Actual Rows").asLong() + node.path("Rows Removed by Filter").asLong()
					+ node.path("Rows Removed by Index Recheck").asLong()) * Math.max(1, node.path("Actual Loops").asLong());
		}
		for (JsonNode child : node.path("Plans")) {
			read += rowsReadFromCases(child);
		}
		return read;
	}

	/**
	 * Cases over 480 grids (12 streets of 8 communities of 5 grids, the demo district's first grids
	 * among them), newest every five minutes; one in ten open, with a step due date, one in a
	 * hundred of those red; one in ten sent to urban management.
	 */
	private static void fillWithSyntheticCases(Connection connection) throws Exception {
		String grid = "'" + DemoDistrict.DISTRICT_CODE + "' || lpad(((i % 12) + 1)::text, 3, '0')"
				+ " || lpad((((i / 12) % 8) + 1)::text, 3, '0') || lpad((((i / 96) % 5) + 1)::text, 3, '0')";
		try (Statement sql = connection.createStatement()) {
			sql.execute("insert into case_record (id, issue_type, description, step, opened_at, version, grid_code, severity,"
					+ " handling_level, light, step_due_at, case_due_at, closed_at, tracking_number, channel, dispatched_departments)"
					+ " select gen_random_uuid(), 'SANITATION', 'synthetic', case when i % 10 = 0 then 'HANDLE' else 'CLOSED' end,"
					+ " now() - i * interval '5 minutes', 0, " + grid + ", 'GENERAL', 'GRID',"
					+ " case when i % 1000 = 0 then 'RED' else 'GREEN' end,"
					+ " case when i % 10 = 0 then now() + (i % 50) * interval '1 hour' end, now() + interval '10 days',"
					+ " case when i % 10 <> 0 then now() end, 'PLAN' || lpad(i::text, 12, '0'), 'PATROL',"
					+ " case when i % 10 = 3 then 'URBAN_MANAGEMENT' else '' end"
					+ " from generate_series(1, " + CASES + ") i");
			sql.execute("analyze case_record");
		}
	}

}
