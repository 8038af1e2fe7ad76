package org.gridcase.cases;

public final class CaseFixtures {

	private CaseFixtures() {
	}

	public static OpenCaseCommand sanitationCase() {
		return new OpenCaseCommand("SANITATION", "金水路与紫荆山路交叉口东北角有暴露垃圾");
	}

}
