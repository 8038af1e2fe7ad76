package org.gridcase.supervision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gridcase.grid.GridLevel;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UserTexts;
import org.springframework.stereotype.Component;

/**
 * A scope's cases split by place one level down, by department or by person, each group with
 * its figures and score, sorted by one figure (ties share a rank, groups without a value last).
 */
@Component
class Rankings {

	private final FigureQueries queries;

	private final Scores scores;

	private final Places places;

	Rankings(FigureQueries queries, Scores scores, Places places) {
		this.queries = queries;
		this.scores = scores;
		this.places = places;
	}

	record Row(Integer rank, String code, String name, String level, Double value, Figures figures, Double score,
			String grade, List<Scores.Part> parts) {
	}

	static String by(String value) {
		String by = value == null || value.isBlank() ? "PLACE" : value.trim().toUpperCase(Locale.ROOT);
		if (!List.of("PLACE", "DEPARTMENT", "PERSON").contains(by)) {
			throw new InvalidInputException("by", UserTexts.get("supervision.by.unknown", value));
		}
		return by;
	}

	static boolean descending(String order) {
		if (order == null || order.isBlank() || order.equalsIgnoreCase("desc")) {
			return true;
		}
		if (order.equalsIgnoreCase("asc")) {
			return false;
		}
		throw new InvalidInputException("order", UserTexts.get("supervision.order.unknown", order));
	}

	List<Row> rank(CaseScope scope, Period period, String by, String figure, boolean descending) {
		List<ScoreRules.Weight> weights = this.scores.weights(by);
		List<Row> rows = new ArrayList<>();
		switch (by) {
			case "PLACE" -> {
				List<Places.Place> children = scope.placeCode() == null ? List.of() : this.places.children(scope.placeCode());
				if (!children.isEmpty()) {
					GridLevel level = GridLevel.ofCode(children.get(0).code()).orElseThrow();
					Map<String, Figures> figures = this.queries.grouped(scope, period, Grouping.place(level));
					children.forEach(child -> rows.add(row(child.code(), child.name(), child.level(),
							figures.getOrDefault(child.code(), Figures.of(new Tally())), figure, weights)));
				}
			}
			case "DEPARTMENT" -> {
				Map<String, Figures> figures = this.queries.grouped(scope, period, Grouping.DEPARTMENT);
				this.places.departments()
					.stream()
					.filter(department -> scope.departmentCode() == null || scope.departmentCode().equals(department.code()))
					.forEach(department -> rows.add(row(department.code(), department.name(), null,
							figures.getOrDefault(department.code(), Figures.of(new Tally())), figure, weights)));
			}
			default -> this.queries.grouped(scope, period, Grouping.PERSON)
				.forEach((username, figures) -> rows.add(row(username, this.places.personName(username).orElse(username),
						null, figures, figure, weights)));
		}
		Comparator<Double> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
		rows.sort(Comparator.comparing(Row::value, Comparator.nullsLast(values)).thenComparing(Row::code));
		List<Row> ranked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			Integer rank = row.value() == null ? null
					: i > 0 && row.value().equals(rows.get(i - 1).value()) ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new Row(rank, row.code(), row.name(), row.level(), row.value(), row.figures(), row.score(),
					row.grade(), row.parts()));
		}
		return ranked;
	}

	Scores.Score score(Figures figures, String by) {
		return this.scores.score(figures, this.scores.weights(by));
	}

	private Row row(String code, String name, String level, Figures figures, String figure,
			List<ScoreRules.Weight> weights) {
		Scores.Score score = this.scores.score(figures, weights);
		Double value = figure.equals("score") ? score.score() : figures.number(figure);
		return new Row(null, code, name, level, value, figures, score.score(), score.grade(), score.parts());
	}

}
