package org.gridcase.grid;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gridcase.grid.OrganisationRows.AssignmentRow;
import org.gridcase.grid.OrganisationRows.DepartmentRow;
import org.gridcase.grid.OrganisationRows.GridRow;
import org.gridcase.grid.OrganisationRows.PersonRow;
import org.gridcase.grid.OrganisationRows.Source;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.InvalidInputException.FieldProblem;

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

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.setIgnoreEmptyLines(true)
		.get();

	private final List<FieldProblem> problems = new ArrayList<>();

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
				csv.parse(GRIDS, grids, Set.of("code", "name", "parent_code"), csv::grid),
				csv.parse(DEPARTMENTS, departments, Set.of("code", "name"), csv::department),
				csv.parse(PEOPLE, people, Set.of("username", "name"), csv::person),
				csv.parse(ASSIGNMENTS, assignments, Set.of("username", "role", "place_code", "valid_from"),
						csv::assignment));
		if (!csv.problems.isEmpty()) {
			throw new InvalidInputException(csv.problems);
		}
		return rows;
	}

	private <T> List<T> parse(String file, InputStream input, Set<String> required, Function<CSVRecord, T> row) {
		if (input == null) {
			return List.of();
		}
		List<T> rows = new ArrayList<>();
		try (Reader reader = utf8(input); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			List<String> header = parser.getHeaderNames().stream().map(name -> name.replace("\uFEFF", "")).toList();
			for (String column : required) {
				if (!header.contains(column)) {
					this.problems.add(new FieldProblem(file + ":1:" + column, "column is missing from the header"));
				}
			}
			if (this.problems.isEmpty()) {
				for (CSVRecord record : parser) {
					rows.add(row.apply(record));
				}
			}
		}
		catch (CharacterCodingException ex) {
			this.problems.add(new FieldProblem(file, "is not UTF-8"));
		}
		catch (IOException | IllegalStateException | java.io.UncheckedIOException ex) {
			this.problems.add(new FieldProblem(file, "is not readable CSV: " + ex.getMessage()));
		}
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

	private static String text(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column);
		return value.isEmpty() ? null : value;
	}

	private Double number(CSVRecord record, String column, Source source) {
		String value = text(record, column);
		try {
			return value == null ? null : Double.valueOf(value);
		}
		catch (NumberFormatException ex) {
			this.problems.add(new FieldProblem(source.field(column), "is not a number"));
			return null;
		}
	}

	private LocalDate date(CSVRecord record, String column, Source source) {
		String value = text(record, column);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			this.problems.add(new FieldProblem(source.field(column), "is not a date (yyyy-mm-dd)"));
			return null;
		}
	}

	private static Reader utf8(InputStream input) {
		return new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

}
