package org.gridcase.cases;

/**
 * Where a case is being handled: the escalation ladder from the grid up to the district's
 * dispatch to departments.
 */
public enum HandlingLevel {

	GRID("网格"), COMMUNITY("社区工作站"), STREET("街道中心"), DISTRICT("区监管中心"), DEPARTMENT("职能部门");

	private final String label;

	HandlingLevel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
