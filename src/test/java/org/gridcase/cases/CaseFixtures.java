package org.gridcase.cases;

import java.time.Instant;
import java.util.List;

import org.gridcase.deadlines.Light;
import org.gridcase.grid.DemoDistrict;

public final class CaseFixtures {

	private CaseFixtures() {
	}

	public static OpenCaseCommand sanitationCase() {
		return new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "金水路与紫荆山路交叉口东北角有暴露垃圾");
	}

	/** An open case in a grid, handled in the grid by its leader. */
	public static CaseView view(String gridCode) {
		return view(gridCode, HandlingLevel.GRID, "GRID_LEADER:" + gridCode, List.of());
	}

	/** An open case at a level, held by a group, sent to departments. */
	public static CaseView view(String gridCode, HandlingLevel level, String responsibleGroup,
			List<String> dispatchedDepartments) {
		Instant opened = Instant.parse("2026-11-02T01:00:00Z");
		return new CaseView(new CaseId(java.util.UUID.randomUUID()), "SANITATION", Severity.GENERAL, gridCode,
				"暴露垃圾", null, null, null, "PATROL", CaseStep.HANDLE, level, Light.GREEN, responsibleGroup, null, null,
				dispatchedDepartments, 0, null, null, null, opened, null, 1, List.of(), List.of(), "20261102-000001");
	}

}
