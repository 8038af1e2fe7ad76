package org.gridcase.intake;

import java.util.List;
import java.util.Optional;

import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridLevel;
import org.gridcase.grid.GridView;
import org.gridcase.shared.InvalidInputException.FieldProblem;
import org.gridcase.shared.UserTexts;

import org.springframework.stereotype.Component;

/**
 * Finds the grid a report belongs to: the grid containing its point, or the grid it names (which
 * must then contain the point). An address alone places nothing.
 */
@Component
class ReportLocator {

	private final GridDirectory grids;

	ReportLocator(GridDirectory grids) {
		this.grids = grids;
	}

	/** The report's grid code, or null with the reason added to {@code problems}. */
	String locate(SubmitReportCommand command, List<FieldProblem> problems) {
		if ((command.lon() == null) != (command.lat() == null)) {
			problems.add(new FieldProblem(command.lon() == null ? "lon" : "lat", UserTexts.get("report.lon-lat-together")));
			return null;
		}
		Optional<GridView> byPoint = command.lon() == null ? Optional.empty()
				: this.grids.locate(command.lon(), command.lat());
		if (command.lon() != null && byPoint.isEmpty()) {
			problems.add(new FieldProblem("lon", UserTexts.get("report.outside-district")));
			return null;
		}
		if (command.gridCode() != null) {
			Optional<GridView> byCode = this.grids.find(command.gridCode());
			if (byCode.isEmpty() || byCode.get().level() != GridLevel.GRID) {
				problems.add(new FieldProblem("gridCode", UserTexts.get("report.unknown-grid", command.gridCode())));
				return null;
			}
			if (byPoint.isPresent() && !byPoint.get().code().equals(command.gridCode())) {
				problems.add(new FieldProblem("gridCode", UserTexts.get("report.point-in-other-grid", byPoint.get().code())));
				return null;
			}
			return command.gridCode();
		}
		if (byPoint.isEmpty()) {
			problems.add(new FieldProblem("location", UserTexts.get("report.location-required")));
			return null;
		}
		return byPoint.get().code();
	}

}
