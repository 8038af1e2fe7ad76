package org.gridcase.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.gridcase.shared.InvalidInputException.FieldProblem;

/**
 * CSV files uploaded for an import (UTF-8, a header line, values trimmed): their rows, and every
 * problem found in them named {@code file}, {@code file:1:column} (the header) or by the caller's
 * {@code file:line:column}, so that an import is refused as a whole with all of them.
 */
public final class CsvUpload {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setTrim(true)
		.setIgnoreEmptyLines(true)
		.get();

	private final List<FieldProblem> problems = new ArrayList<>();

	/** The rows of one file (none if it was not sent), once its header has the required columns. */
	public <T> List<T> parse(String file, InputStream input, Set<String> required, Function<CSVRecord, T> row) {
		if (input == null) {
			return List.of();
		}
		List<T> rows = new ArrayList<>();
		try (Reader reader = utf8(input); CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			List<String> header = parser.getHeaderNames().stream().map(name -> name.replace("\uFEFF", "")).toList();
			required.stream()
				.filter(column -> !header.contains(column))
				.sorted()
				.forEach(column -> problem(file + ":1:" + column, UserTexts.get("csv.column-missing")));
			if (this.problems.isEmpty()) {
				for (CSVRecord record : parser) {
					rows.add(row.apply(record));
				}
			}
		}
		catch (CharacterCodingException ex) {
			problem(file, UserTexts.get("csv.not-utf8"));
		}
		catch (IOException | IllegalStateException | UncheckedIOException ex) {
			problem(file, UserTexts.get("csv.unreadable", ex.getMessage()));
		}
		return rows;
	}

	/** A problem with a value, found by the caller while reading a row. */
	public void problem(String field, String message) {
		this.problems.add(new FieldProblem(field, message));
	}

	/** Refuses the import with every problem found, if any. */
	public void refuseIfAnyProblem() {
		if (!this.problems.isEmpty()) {
			throw new InvalidInputException(this.problems);
		}
	}

	/** A column's value, or null when the column is absent or the value empty. */
	public static String text(CSVRecord record, String column) {
		if (!record.isMapped(column) || !record.isSet(column)) {
			return null;
		}
		String value = record.get(column);
		return value.isEmpty() ? null : value;
	}

	private static Reader utf8(InputStream input) {
		return new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT));
	}

}
