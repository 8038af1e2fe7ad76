package org.gridcase.grid;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.gridcase.grid.OrganisationRows.AssignmentRow;
import org.gridcase.grid.OrganisationRows.DepartmentRow;
import org.gridcase.grid.OrganisationRows.GridRow;
import org.gridcase.grid.OrganisationRows.PersonRow;
import org.gridcase.grid.OrganisationRows.Source;
import org.gridcase.shared.CsvUpload;

import static org.gridcase.shared.CsvUpload.text;

/**
 * Reads the organisation's CSV files (UTF-8, with a header line; a leading BOM is allowed):
 * <ul>
 * <li>{@code grids.csv}: code, name, parent_code, lon, lat, boundary (GeoJSON)</li>
 * <li>{@code departments.csv}: code, name</li>
 * <li>{@code people.csv}: username, name, phone, email, first_password (optional: the first
 * password of a login opened for a person who has none; generated and reported if empty)</li>
 * <li>{@code assignments.csv}: username, role, place_code, department_code, valid_from,
 * valid_to (ISO dates)</li>
 * </ul>
 */
public final class OrganisationCsv {

	public static final String GRIDS = "grids.csv";

	public static final String DEPARTMENTS = "departments.csv";

	public static final String PEOPLE = "people.csv";

	public static final String ASSIGNMENTS = "assignments.csv";

	private final CsvUpload upload = new CsvUpload();

	private OrganisationCsv() {
	}

	/**
	 * Parses whichever files are given (null for a file not given).
	 * @throws InvalidInputException listing every unreadable line and value
	 */
	public static OrganisationRows read(InputStream grids, InputStream departments, InputStream people,
			InputStream assignments) {
		OrganisationCsv csv = new OrganisationCsv();
		OrganisationRows rows = new OrganisationRows(
				csv.upload.parse(GRIDS, grids, Set.of("code", "name", "parent_code"), csv::grid),
				csv.upload.parse(DEPARTMENTS, departments, Set.of("code", "name"), csv::department),
				csv.upload.parse(PEOPLE, people, Set.of("username", "name"), csv::person),
				csv.upload.parse(ASSIGNMENTS, assignments, Set.of("username", "role", "place_code", "valid_from"),
						csv::assignment));
		csv.upload.refuseIfAnyProblem();
		return rows;
	}

	private GridRow grid(CSVRecord record) {
		Source source = source(GRIDS, record);
		return new GridRow(source, text(record, "code"), text(record, "name"), text(record, "parent_code"),
				text(record, "boundary"), number(record, "lon", source), number(record, "lat", source));
	}

	private DepartmentRow department(CSVRecord record) {
		return new DepartmentRow(source(DEPARTMENTS, record), text(record, "code"), text(record, "name"));
	}

	private PersonRow person(CSVRecord record) {
		return new PersonRow(source(PEOPLE, record), text(record, "username"), text(record, "name"),
				text(record, "phone"), text(record, "email"), text(record, "first_password"));
	}

	private AssignmentRow assignment(CSVRecord record) {
		Source source = source(ASSIGNMENTS, record);
		return new AssignmentRow(source, text(record, "username"), text(record, "role"), text(record, "place_code"),
				text(record, "department_code"), date(record, "valid_from", source), date(record, "valid_to", source));
	}

	private static Source source(String file, CSVRecord record) {
		// line 1 is the header
		return new Source(file, record.getRecordNumber() + 1);
	}

	private Double number(CSVRecord record, String column, Source source) {
		String value = text(record, column);
		try {
			return value == null ? null : Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			this.upload.problem(source.field(column), "is not a number");
			return null;
		}
	}

	private LocalDate date(CSVRecord record, String column, Source source) {
		String value = text(record, column);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			this.upload.problem(source.field(column), "is not a date (yyyy-mm-dd)");
			return null;
		}
	}

}
