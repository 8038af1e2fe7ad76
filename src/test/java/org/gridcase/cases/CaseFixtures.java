package org.gridcase.cases;

import org.gridcase.grid.DemoDistrict;

public final class CaseFixtures {

	private CaseFixtures() {
	}

	public static OpenCaseCommand sanitationCase() {
		return new OpenCaseCommand("SANITATION", null, DemoDistrict.FIRST_GRID, "金水路与紫荆山路交叉口东北角有暴露垃圾");
	}

}
