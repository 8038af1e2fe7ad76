package org.gridcase.cases;

/**
 * The seven steps of the case loop (七步闭环), and the two ways a case ends.
 */
public enum CaseStep {

	COLLECT("信息收集"), REPORT("梳理上报"), REGISTER("建档立案"), HANDLE("问题处理"), FEEDBACK("结果反馈"),
	VERIFY_CLOSE("核查结案"), EVALUATE("综合评价"), CLOSED("已结案"), REJECTED("不予立案");

	private final String label;

	CaseStep(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
