package org.gridcase.cases;

/**
 * The seven steps of the case loop (七步闭环), and the two ways a case ends.
 */
public enum CaseStep {

	COLLECT, REPORT, REGISTER, HANDLE, FEEDBACK, VERIFY_CLOSE, EVALUATE, CLOSED, REJECTED

}
