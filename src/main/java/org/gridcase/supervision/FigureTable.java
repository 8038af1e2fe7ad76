package org.gridcase.supervision;

import java.util.ArrayList;
import java.util.List;

import org.gridcase.shared.UserTexts;

/**
 * A ranking as a table for export: a header, one line per ranked row, a total line for the
 * scope; cells are strings or numbers ({@code null} = empty).
 */
record FigureTable(List<String> header, List<List<Object>> lines) {

	static FigureTable of(List<Rankings.Row> rows, String scopeName, Figures total, Scores.Score totalScore) {
		List<String> header = new ArrayList<>(List.of(UserTexts.get("supervision.export.rank"),
				UserTexts.get("supervision.export.code"), UserTexts.get("supervision.export.name")));
		Figures.NUMBERS.forEach(figure -> header.add(Figures.label(figure)));
		header.add(UserTexts.get("supervision.export.score"));
		header.add(UserTexts.get("supervision.export.grade"));
		List<List<Object>> lines = new ArrayList<>();
		rows.forEach(row -> lines.add(line(row.rank(), row.code(), row.name(), row.figures(), row.score(), row.grade())));
		lines.add(line(null, null, UserTexts.get("supervision.export.total", scopeName), total, totalScore.score(),
				totalScore.grade()));
		return new FigureTable(header, lines);
	}

	private static List<Object> line(Integer rank, String code, String name, Figures figures, Double score,
			String grade) {
		List<Object> line = new ArrayList<>();
		line.add(rank);
		line.add(code);
		line.add(name);
		Figures.NUMBERS.forEach(figure -> line.add(figures.cell(figure)));
		line.add(score);
		line.add(grade);
		return line;
	}

}
