package org.gridcase.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gridcase.cases.Callers;
import org.gridcase.grid.GridLevel;
import org.gridcase.shared.District;
import org.gridcase.shared.InvalidInputException;
import org.gridcase.shared.UserTexts;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supervision page's figures (docs/supervision-api.md): reach, figures, rankings, trends,
 * scores, the light board and its cases, the grid map. Each answer stays within the caller's
 * {@link Reach}.
 */
@RestController
@RequestMapping("/api/supervision")
class SupervisionController {

	private static final int MAX_TREND_POINTS = 400;

	private final Callers callers;

	private final Scopes scopes;

	private final Places places;

	private final FigureQueries queries;

	private final Rankings rankings;

	private final LightBoard lights;

	private final RunningCases running;

	private final Clock clock;

	private final ObjectMapper json;

	SupervisionController(Callers callers, Scopes scopes, Places places, FigureQueries queries, Rankings rankings,
			LightBoard lights, RunningCases running, Clock clock, ObjectMapper json) {
		this.callers = callers;
		this.scopes = scopes;
		this.places = places;
		this.queries = queries;
		this.rankings = rankings;
		this.lights = lights;
		this.running = running;
		this.clock = clock;
		this.json = json;
	}

	record PeriodView(String kind, LocalDate from, LocalDate to) {

		static PeriodView of(Period period) {
			return new PeriodView(period.kind().name(), period.from(), period.to());
		}

	}

	record ScopeView(String kind, String code, String name, String level) {

		static ScopeView of(CaseScope scope) {
			return new ScopeView(scope.kind(), scope.code(), scope.name(), scope.level());
		}

	}

	record ReachView(String username, boolean wholeDistrict, List<Places.Place> places,
			List<Places.Department> departments, boolean maySetWarnings) {
	}

	@GetMapping("/reach")
	ReachView reachOf(Authentication user) {
		Reach reach = reach(user);
		List<Places.Place> places = reach.wholeDistrict() ? this.places.district().stream().toList()
				: reach.places().stream().flatMap(code -> this.places.place(code).stream()).toList();
		List<Places.Department> departments = reach.wholeDistrict() ? this.places.departments()
				: reach.departments().stream().flatMap(code -> this.places.department(code).stream()).toList();
		return new ReachView(reach.caller().username(), reach.wholeDistrict(),
				places.stream().map(place -> new Places.Place(place.code(), place.name(), place.level(), null, null, null)).toList(),
				departments, reach.maySetWarnings());
	}

	record FiguresView(PeriodView period, ScopeView scope, Figures figures, Scores.Score score) {
	}

	@GetMapping("/figures")
	FiguresView figures(@RequestParam(required = false) String period, @RequestParam(required = false) String date,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String place, @RequestParam(required = false) String department,
			@RequestParam(required = false) String person, Authentication user) {
		Period days = Period.parse(period, date, from, to, today());
		CaseScope scope = this.scopes.resolve(reach(user), place, department, person);
		Figures figures = this.queries.figures(scope, days);
		return new FiguresView(PeriodView.of(days), ScopeView.of(scope), figures,
				this.rankings.score(figures, scoreKind(scope)));
	}

	record RankingView(PeriodView period, ScopeView scope, String by, String figure, List<Rankings.Row> rows) {
	}

	@GetMapping("/rankings")
	RankingView rankings(@RequestParam(required = false) String period, @RequestParam(required = false) String date,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String place, @RequestParam(required = false) String by,
			@RequestParam(required = false) String figure, @RequestParam(required = false) String order,
			Authentication user) {
		return ranking(user, period, date, from, to, place, by, figure, order, "closureRate");
	}

	@GetMapping("/scores")
	RankingView scores(@RequestParam(required = false) String period, @RequestParam(required = false) String date,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String place, @RequestParam(required = false) String by,
			Authentication user) {
		return ranking(user, period, date, from, to, place, by, "score", "desc", "score");
	}

	RankingView ranking(Authentication user, String period, String date, String from, String to, String place,
			String by, String figure, String order, String defaultFigure) {
		Period days = Period.parse(period, date, from, to, today());
		String grouping = Rankings.by(by);
		String sortedBy = "score".equals(figure) ? "score" : Figures.figure(figure == null ? defaultFigure : figure, "figure");
		boolean descending = Rankings.descending(order);
		CaseScope scope = this.scopes.resolve(reach(user), place, null, null);
		return new RankingView(PeriodView.of(days), ScopeView.of(scope), grouping, sortedBy,
				this.rankings.rank(scope, days, grouping, sortedBy, descending));
	}

	record TrendPoint(LocalDate from, LocalDate to, Figures figures) {
	}

	record TrendView(ScopeView scope, String interval, List<TrendPoint> points) {
	}

	@GetMapping("/trends")
	TrendView trends(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String interval, @RequestParam(required = false) String place,
			@RequestParam(required = false) String department, @RequestParam(required = false) String person,
			Authentication user) {
		Period.Kind step = Period.Kind.parse(interval, "interval");
		if (step == Period.Kind.CUSTOM) {
			throw new InvalidInputException("interval", UserTexts.get("supervision.period.unknown", interval));
		}
		LocalDate today = today();
		LocalDate last = Period.day(to, "to", today);
		LocalDate first = Period.day(from, "from", last.minusMonths(11).withDayOfMonth(1));
		if (last.isBefore(first)) {
			throw new InvalidInputException("to", UserTexts.get("supervision.period.to-before-from"));
		}
		List<Period> parts = new Period(Period.Kind.CUSTOM, first, last).split(step);
		if (parts.size() > MAX_TREND_POINTS) {
			throw new InvalidInputException("from", UserTexts.get("supervision.trend.too-many", MAX_TREND_POINTS));
		}
		CaseScope scope = this.scopes.resolve(reach(user), place, department, person);
		List<TrendPoint> points = new ArrayList<>();
		parts.forEach(part -> points.add(new TrendPoint(part.from(), part.to(), this.queries.figures(scope, part))));
		return new TrendView(ScopeView.of(scope), step.name(), points);
	}

	@GetMapping("/lights")
	LightBoard.Node lights(@RequestParam(required = false) String place, Authentication user) {
		Reach reach = reach(user);
		Places.Place root = this.scopes.place(reach, place);
		return this.lights.board(root, reach.place(root.code()).orElseThrow().departmentCode());
	}

	@GetMapping("/cases")
	RunningCases.Page cases(@RequestParam(required = false) String place, @RequestParam(required = false) String light,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			Authentication user) {
		if (place == null || place.isBlank()) {
			throw new InvalidInputException("place", UserTexts.get("supervision.scope.place-required"));
		}
		if (light != null && !light.isBlank() && !LightBoard.LIGHTS.contains(light)) {
			throw new InvalidInputException("light", UserTexts.get("supervision.light.unknown", light));
		}
		if (page < 0) {
			throw new InvalidInputException("page", UserTexts.get("supervision.page.negative"));
		}
		if (size < 1 || size > 100) {
			throw new InvalidInputException("size", UserTexts.get("supervision.page.size", 100));
		}
		Reach reach = reach(user);
		Places.Place root = this.scopes.place(reach, place);
		return this.running.page(root.code(), reach.place(root.code()).orElseThrow().departmentCode(),
				light == null || light.isBlank() ? null : light, page, size);
	}

	record MapGrid(String code, String name, Double value, JsonNode boundary, Double lon, Double lat) {
	}

	record MapView(PeriodView period, String figure, List<MapGrid> grids) {
	}

	@GetMapping("/map")
	MapView map(@RequestParam(required = false) String period, @RequestParam(required = false) String date,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String place, @RequestParam(required = false) String figure,
			Authentication user) {
		Period days = Period.parse(period, date, from, to, today());
		Reach reach = reach(user);
		CaseScope scope = this.scopes.resolve(reach, place, null, null);
		String shown = figure == null || figure.isBlank() ? "closureRate" : figure.trim();
		Map<String, Double> values = new LinkedHashMap<>();
		if (List.of("lightRed", "lightYellow", "running").contains(shown)) {
			this.lights.runningByGrid(scope.placeCode(), scope.departmentCode()).forEach((grid, lights) -> values.put(grid,
					(double) switch (shown) {
						case "lightRed" -> lights.getOrDefault("RED", 0L);
						case "lightYellow" -> lights.getOrDefault("YELLOW", 0L);
						default -> lights.values().stream().mapToLong(Long::longValue).sum();
					}));
		}
		else {
			String checked = Figures.figure(shown, "figure");
			this.queries.grouped(scope, days, Grouping.place(GridLevel.GRID))
				.forEach((grid, figures) -> values.put(grid, figures.number(checked)));
		}
		boolean counts = !Figures.RATES.contains(shown) && !shown.endsWith("Hours");
		List<MapGrid> grids = this.places.subtree(scope.placeCode())
			.stream()
			.filter(grid -> GridLevel.GRID.name().equals(grid.level()))
			.map(grid -> new MapGrid(grid.code(), grid.name(),
					values.getOrDefault(grid.code(), counts ? Double.valueOf(0) : null), geoJson(grid.boundary()), grid.lon(),
					grid.lat()))
			.toList();
		return new MapView(PeriodView.of(days), shown, grids);
	}

	private JsonNode geoJson(String boundary) {
		if (boundary == null) {
			return null;
		}
		try {
			return this.json.readTree(boundary);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("stored boundary is no JSON", ex);
		}
	}

	private static String scoreKind(CaseScope scope) {
		return scope.kind();
	}

	private Reach reach(Authentication user) {
		return Reach.of(this.callers.of(user));
	}

	private LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), District.ZONE);
	}

}
