package org.gridcase.grid;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation to import: rows as read from the CSV files (or generated), each with its
 * source and line for the error report.
 */
public record OrganisationRows(List<GridRow> grids, List<DepartmentRow> departments, List<PersonRow> people,
		List<AssignmentRow> assignments) {

	public OrganisationRows {
		grids = List.copyOf(grids);
		departments = List.copyOf(departments);
		people = List.copyOf(people);
		assignments = List.copyOf(assignments);
	}

	/** Where a row came from, e.g. {@code grids.csv:12:}. */
	public record Source(String file, long line) {

		String field(String name) {
			return this.file + ":" + this.line + ":" + name;
		}

	}

	public record GridRow(Source source, String code, String name, String parentCode, String boundary, Double lon,
			Double lat) {
	}

	public record DepartmentRow(Source source, String code, String name) {
	}

	/** {@code firstPassword}: for the login opened if the person has none (generated if null). */
	public record PersonRow(Source source, String username, String name, String phone, String email,
			String firstPassword) {
	}

	public record AssignmentRow(Source source, String username, String role, String placeCode,
			String departmentCode, LocalDate validFrom, LocalDate validTo) {
	}

}
