package org.gridcase.grid;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.gridcase.IntegrationTest;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

@IntegrationTest
class OrganisationImportTests {

	private static final String GRIDS = """
			code,name,parent_code,lon,lat,boundary
			410104020,测试街道,410104,,,
			410104020001,测试社区,410104020,113.7,34.7,
			410104020001001,测试社区第1网格,410104020001,,,"{""type"":""Polygon"",""coordinates"":[[[113.69,34.69],[113.71,34.69],[113.71,34.71],[113.69,34.71],[113.69,34.69]]]}"
			""";

	private static final String PEOPLE = """
			username,name,phone,email
			csvleader,欧阳娜娜,13912345678,
			csvworker,司马光,,sima@example.org
			""";

	private static final String ASSIGNMENTS = """
			username,role,place_code,department_code,valid_from,valid_to
			csvleader,GRID_LEADER,410104020001001,,2025-01-01,
			csvworker,GRID_WORKER,410104020001001,,2025-01-01,2099-12-31
			""";

	@Autowired
	OrganisationImport organisationImport;

	@Autowired
	Staffing staffing;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void importsChineseNamesAndImportingTheSameFilesAgainChangesNothing() {
		ImportReport first = this.organisationImport.importRows(read(GRIDS, PEOPLE, ASSIGNMENTS));
		int rowsAfterFirst = rowCount();

		ImportReport second = this.organisationImport.importRows(read(GRIDS, PEOPLE, ASSIGNMENTS));

		assertThat(first.changes().get("grids").created()).isEqualTo(3);
		assertThat(first.changes().get("assignments").created()).isEqualTo(2);
		assertThat(second.changedNothing()).isTrue();
		assertThat(second.changes().get("people").unchanged()).isEqualTo(2);
		assertThat(rowCount()).isEqualTo(rowsAfterFirst);
		assertThat(this.staffing.holders(RoleAtPlace.of(Role.GRID_LEADER, "410104020001001")))
			.extracting(Holder::name)
			.containsExactly("欧阳娜娜");
	}

	@Test
	void anyBadLineRejectsTheWholeImportWithAReportPerLine() {
		String grids = """
				code,name,parent_code
				410104013,好街道,410104
				4101040130,坏编码,410104013
				410104013009,孤儿社区,410104099
				""";
		String assignments = """
				username,role,place_code,department_code,valid_from,valid_to
				nobodyhere,GRID_LEADER,410104013,,2025-01-01,
				gridleader1,CHIEF,410104013,,2025-01-01,
				gridleader1,GRID_WORKER,410104001001001,,not-a-date,
				""";
		int before = rowCount();

		InvalidInputException rejected = catchThrowableOfType(InvalidInputException.class,
				() -> this.organisationImport.importRows(read(grids, null, assignments)));

		assertThat(rejected.getProblems()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("assignments.csv:4:valid_from");
		InvalidInputException rowsRejected = catchThrowableOfType(InvalidInputException.class,
				() -> this.organisationImport.importRows(read(grids, null, assignments.replace("not-a-date", "2025-01-01"))));
		assertThat(rowsRejected.getProblems()).extracting(FieldProblem::field)
			.contains("grids.csv:3:code", "grids.csv:4:parent_code", "assignments.csv:2:username",
					"assignments.csv:2:place_code", "assignments.csv:3:role");
		assertThat(rowCount()).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from grid where code = '410104013'", Integer.class)).isZero();
	}

	@Test
	void refusesFilesThatAreNotUtf8OrLackColumns() {
		byte[] gbk = "code,name,parent_code\n410104014,测试,410104\n".getBytes(java.nio.charset.Charset.forName("GBK"));

		InvalidInputException notUtf8 = catchThrowableOfType(InvalidInputException.class,
				() -> OrganisationCsv.read(new ByteArrayInputStream(gbk), null, null, null));
		InvalidInputException missingColumn = catchThrowableOfType(InvalidInputException.class,
				() -> OrganisationCsv.read(null, null, stream("username\nabc\n"), null));

		assertThat(notUtf8.getProblems()).extracting(FieldProblem::field).containsExactly("grids.csv");
		assertThat(missingColumn.getProblems()).extracting(FieldProblem::field).containsExactly("people.csv:1:name");
	}

	private int rowCount() {
		return this.jdbc.queryForObject(
				"select (select count(*) from grid) + (select count(*) from person) + (select count(*) from role_assignment)",
				Integer.class);
	}

	private static OrganisationRows read(String grids, String people, String assignments) {
		return OrganisationCsv.read(stream(grids), null, stream(people), stream(assignments));
	}

	private static InputStream stream(String csv) {
		return csv == null ? null : new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8));
	}

}
