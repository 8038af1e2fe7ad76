package org.gridcase.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.gridcase.audit.AuditChainLinks;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replicates the rows of the template cases (ours, the audit trail, the engine's history and the
 * byte arrays of its variables) into {@code cases} finished cases, in PostgreSQL with
 * {@code INSERT … SELECT}: every copy gets new ids (a hash of the template id and the copy's
 * number, so references stay consistent), its own tracking number, a grid of the district and
 * dates moved back by up to two years. The per-case shape is the template's. The audit events
 * are re-chained in Java (the chain is sequential) and written with {@code COPY}.
 */
final class HistorySeed {

	/** Engine history tables, selected by the root process instance of the template's case. */
	private static final List<String> ENGINE_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
			"act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_comment", "act_hi_attachment",
			"act_hi_op_log", "act_hi_incident", "act_hi_job_log", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out",
			"act_ge_bytearray");

	/** Columns holding engine ids that a copy must not share with its template. */
	private static final Set<String> ID_COLUMNS = Set.of("id_", "proc_inst_id_", "execution_id_", "act_inst_id_",
			"parent_act_inst_id_", "task_id_", "parent_task_id_", "call_proc_inst_id_", "root_proc_inst_id_",
			"super_process_instance_id_", "bytearray_id_", "var_inst_id_", "dec_inst_id_", "root_dec_inst_id_",
			"operation_id_", "job_id_", "process_instance_id_", "job_exception_stack_id_", "cause_incident_id_",
			"root_cause_incident_id_", "content_id_", "configuration_", "history_configuration_");

	/** Text columns that may name the case's tracking number, id or grid. */
	private static final Set<String> TEXT_COLUMNS = Set.of("business_key_", "text_", "text2_", "group_id_",
			"org_value_", "new_value_", "description_", "responsible_group", "reference", "requested", "resolved",
			"skipped");

	private static final int BATCH = 5000;

	private final JdbcTemplate jdbc;

	private final DataSource dataSource;

	HistorySeed(DataSource dataSource) {
		this.dataSource = dataSource;
		this.jdbc = new JdbcTemplate(dataSource);
	}

	/** The number of cases seeded before, or 0. */
	int seeded() {
		this.jdbc.execute("create table if not exists bench_seed (cases integer not null, seeded_at timestamptz not null)");
		return this.jdbc.queryForObject("select coalesce(max(cases), 0) from bench_seed", Integer.class);
	}

	/** The template cases of a seed that was cut short, if any: worked once, they can be reused. */
	List<String> templatesOfAnEarlierAttempt() {
		if (this.jdbc.queryForObject("select to_regclass('bench_template') is null", Boolean.class)) {
			return List.of();
		}
		return this.jdbc.queryForList("select tracking from bench_template order by t", String.class);
	}

	void seed(List<String> templateTrackingNumbers, int cases) throws Exception {
		prepare(templateTrackingNumbers, cases);
		for (int from = 1; from <= cases; from += BATCH) {
			int to = Math.min(cases, from + BATCH - 1);
			long started = System.nanoTime();
			copyCaseTables(from, to);
			for (String table : ENGINE_TABLES) {
				copyEngineTable(table, from, to);
			}
			stageAuditEvents(from, to);
			System.out.printf("  seeded cases %,d-%,d in %.1f s%n", from, to, (System.nanoTime() - started) / 1e9);
		}
		chainAuditEvents();
		this.jdbc.update("insert into bench_seed (cases, seeded_at) values (?, now())", cases);
		this.jdbc.execute("analyze");
	}

	private void prepare(List<String> trackingNumbers, int cases) {
		this.jdbc.execute("""
				create or replace function bench_id(v text, n integer) returns text language sql immutable as
				$$ select case when v is null then null else md5(v || '/' || n)::uuid::text end $$""");
		this.jdbc.execute("""
				create or replace function bench_text(v text, t_tracking text, t_case text, n_tracking text,
				    n_case text, n_grid text) returns text language sql immutable as
				$$ select case when v is null then null else
				  replace(replace(replace(
				    replace(replace(replace(replace(replace(v, t_tracking, n_tracking), t_case, n_case),
				      '410104001001001', chr(1)), '410104001001', chr(2)), '410104001', chr(3)),
				    chr(1), n_grid), chr(2), substr(n_grid, 1, 12)), chr(3), substr(n_grid, 1, 9)) end $$""");
		this.jdbc.execute("drop table if exists bench_template, bench_template_root, bench_copy");
		this.jdbc.execute("create table bench_template (t integer primary key, case_id uuid not null, tracking text not null)");
		for (int i = 0; i < trackingNumbers.size(); i++) {
			this.jdbc.update("insert into bench_template select ?, id, tracking_number from case_record where tracking_number = ?",
					i, trackingNumbers.get(i));
		}
		this.jdbc.execute("""
				create table bench_template_root as
				select distinct t.t, p.root_proc_inst_id_ as root from bench_template t
				  join act_hi_procinst p on p.business_key_ = t.tracking""");
		this.jdbc.execute("create index on bench_template_root (root)");
		// copy n: template n mod T, a grid of the district, moved back 1 to 730 days (and some minutes)
		this.jdbc.update("""
				create table bench_copy as
				with grids as (select code, row_number() over (order by code) - 1 as i, count(*) over () as total
				                 from grid where length(code) = 15),
				     copies as (select n, (select count(*) from bench_template) as templates from generate_series(1, ?) n)
				select c.n, t.t, t.case_id as t_case, t.tracking as t_tracking,
				       md5('case/' || c.n)::uuid as case_id, g.code as grid,
				       make_interval(days => -(1 + (c.n::bigint * 7919) % 730)::integer,
				                     mins => -((c.n::bigint * 104729) % 1440)::integer) as shift
				  from copies c
				  join bench_template t on t.t = c.n % c.templates
				  join grids g on g.i = (c.n::bigint * 31) % g.total""", cases);
		this.jdbc.execute("alter table bench_copy add primary key (n)");
		this.jdbc.execute("""
				alter table bench_copy add column tracking text;
				update bench_copy c set tracking = to_char((r.opened_at + c.shift) at time zone 'Asia/Shanghai', 'YYYYMMDD')
				    || '-' || lpad((c.n % 1000000)::text, 6, '0')
				  from case_record r where r.id = c.t_case""");
		this.jdbc.execute("create unlogged table if not exists bench_audit_stage (n integer, t_sequence bigint,"
				+ " case_id uuid, type text, actor text, occurred_at timestamptz, data text)");
		this.jdbc.execute("truncate bench_audit_stage");
	}

	private void copyCaseTables(int from, int to) {
		copy("case_record", "c.t_case = s.id", from, to, Map.of("id", "c.case_id", "tracking_number", "c.tracking",
				"grid_code", "c.grid"));
		copy("report", "c.t_case = s.case_id", from, to, Map.of("id", "md5('report/' || c.n)::uuid", "case_id",
				"c.case_id", "tracking_number", "c.tracking", "grid_code", "c.grid", "idempotency_key", "null"));
		copy("case_step_log", "c.t_case = s.case_id", from, to, Map.of("case_id", "c.case_id"));
		copy("case_escalation", "c.t_case = s.case_id", from, to, Map.of("case_id", "c.case_id"));
	}

	private void copyEngineTable(String table, int from, int to) {
		String join = table.equals("act_hi_procinst")
				? "c.t_tracking = s.business_key_"
				: "s.root_proc_inst_id_ in (select root from bench_template_root r where r.t = c.t)";
		copy(table, join, from, to, Map.of());
	}

	/** INSERT … SELECT of the template rows of copies from..to, each column mapped by its kind. */
	private void copy(String table, String joinsTemplate, int from, int to, Map<String, String> overrides) {
		List<Map<String, Object>> columns = this.jdbc.queryForList("""
				select column_name, data_type, is_identity from information_schema.columns
				 where table_schema = current_schema() and table_name = ? order by ordinal_position""", table);
		List<Map<String, Object>> insertable = columns.stream().filter(column -> !"YES".equals(column.get("is_identity"))).toList();
		String names = insertable.stream().map(column -> (String) column.get("column_name")).collect(Collectors.joining(", "));
		String values = insertable.stream().map(column -> expression(column, overrides)).collect(Collectors.joining(", "));
		this.jdbc.update("insert into " + table + " (" + names + ") select " + values + " from bench_copy c join " + table
				+ " s on " + joinsTemplate + " where c.n between ? and ?", from, to);
	}

	private static String expression(Map<String, Object> column, Map<String, String> overrides) {
		String name = (String) column.get("column_name");
		String type = (String) column.get("data_type");
		if (overrides.containsKey(name)) {
			return overrides.get(name);
		}
		if (type.startsWith("timestamp")) {
			return "s." + name + " + c.shift";
		}
		if (ID_COLUMNS.contains(name)) {
			return "bench_id(s." + name + ", c.n)";
		}
		if (TEXT_COLUMNS.contains(name)) {
			return "bench_text(s." + name + ", c.t_tracking, c.t_case::text, c.tracking, c.case_id::text, c.grid)";
		}
		return "s." + name;
	}

	private void stageAuditEvents(int from, int to) {
		this.jdbc.update("""
				insert into bench_audit_stage
				select c.n, s.sequence, c.case_id, s.type, s.actor, s.occurred_at + c.shift,
				       bench_text(s.data, c.t_tracking, c.t_case::text, c.tracking, c.case_id::text, c.grid)
				  from bench_copy c join audit_event s on s.case_id = c.t_case
				 where c.n between ? and ?""", from, to);
	}

	/**
	 * Appends the staged events to audit chain 0 in the order they occurred, hashing each link,
	 * holding the chain's head meanwhile, numbered from the trail's sequence (V35).
	 */
	private void chainAuditEvents() throws Exception {
		try (Connection read = this.dataSource.getConnection(); Connection write = this.dataSource.getConnection()) {
			read.setAutoCommit(false);
			write.setAutoCommit(false);
			String previous;
			long sequence;
			try (Statement head = write.createStatement()) {
				head.execute("select 1 from audit_chain_head where chain = 0 for update");
				try (ResultSet last = head.executeQuery("select coalesce((select hash from audit_event where chain = 0"
						+ " order by sequence desc limit 1), anchor_hash) from audit_chain_head where chain = 0")) {
					last.next();
					previous = last.getString(1);
				}
				try (ResultSet number = head.executeQuery("select nextval('audit_event_sequence') - 1")) {
					number.next();
					sequence = number.getLong(1);
				}
			}
			CopyManager copy = write.unwrap(PGConnection.class).getCopyAPI();
			StringBuilder rows = new StringBuilder();
			int pending = 0;
			try (PreparedStatement events = read.prepareStatement(
					"select case_id, type, actor, occurred_at, data from bench_audit_stage order by occurred_at, n, t_sequence")) {
				events.setFetchSize(10_000);
				try (ResultSet row = events.executeQuery()) {
					while (row.next()) {
						UUID caseId = row.getObject(1, UUID.class);
						Instant at = row.getObject(4, OffsetDateTime.class).toInstant();
						Map<String, Object> data = AuditChainLinks.parse(row.getString(5));
						String json = AuditChainLinks.canonicalJson(data);
						sequence++;
						String hash = AuditChainLinks.hash(sequence, caseId, row.getString(2), row.getString(3), at, data, previous);
						rows.append(0).append('\t').append(sequence).append('\t').append(caseId).append('\t').append(row.getString(2)).append('\t')
							.append(escape(row.getString(3))).append('\t').append(OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
							.append('\t').append(escape(json)).append('\t').append(previous).append('\t').append(hash).append('\n');
						previous = hash;
						if (++pending == 50_000) {
							copy.copyIn("copy audit_event (chain, sequence, case_id, type, actor, occurred_at, data, previous_hash, hash) from stdin",
									new StringReader(rows.toString()));
							rows.setLength(0);
							pending = 0;
						}
					}
				}
			}
			if (pending > 0) {
				copy.copyIn("copy audit_event (chain, sequence, case_id, type, actor, occurred_at, data, previous_hash, hash) from stdin",
						new StringReader(rows.toString()));
			}
			read.commit();
			if (sequence > 0) {
				try (PreparedStatement numbers = write.prepareStatement("select setval('audit_event_sequence', ?)")) {
					numbers.setLong(1, sequence);
					numbers.execute();
				}
			}
			write.commit();
		}
		this.jdbc.execute("drop table bench_audit_stage");
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

}
