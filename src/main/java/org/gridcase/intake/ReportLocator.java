package org.gridcase.intake;

import java.util.List;
import java.util.Optional;

import org.gridcase.grid.GridDirectory;
import org.gridcase.grid.GridLevel;
import org.gridcase.grid.GridView;
import org.gridcase.shared.InvalidInputException.FieldProblem;

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
			problems.add(new FieldProblem(command.lon() == null ? "lon" : "lat", "经纬度须同时填写"));
			return null;
		}
		Optional<GridView> byPoint = command.lon() == null ? Optional.empty()
				: this.grids.locate(command.lon(), command.lat());
		if (command.lon() != null && byPoint.isEmpty()) {
			problems.add(new FieldProblem("lon", "该点位不在本区任何网格内"));
			return null;
		}
		if (command.gridCode() != null) {
			Optional<GridView> byCode = this.grids.find(command.gridCode());
			if (byCode.isEmpty() || byCode.get().level() != GridLevel.GRID) {
				problems.add(new FieldProblem("gridCode", "没有编码为 " + command.gridCode() + " 的网格"));
				return null;
			}
			if (byPoint.isPresent() && !byPoint.get().code().equals(command.gridCode())) {
				problems.add(new FieldProblem("gridCode", "点位位于网格 " + byPoint.get().code() + "，与所填网格不符"));
				return null;
			}
			return command.gridCode();
		}
		if (byPoint.isEmpty()) {
			problems.add(new FieldProblem("location", "须填写点位（经纬度）或网格编码"));
			return null;
		}
		return byPoint.get().code();
	}

}
