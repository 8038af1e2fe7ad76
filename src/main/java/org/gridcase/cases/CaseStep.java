package org.gridcase.cases;

import org.gridcase.shared.UserTexts;

/**
 * The seven steps of the case loop (七步闭环), and the two ways a case ends.
 */
public enum CaseStep {

	COLLECT, REPORT, REGISTER, HANDLE, FEEDBACK, VERIFY_CLOSE, EVALUATE, CLOSED, REJECTED;

	public String label() {
		return UserTexts.label(this);
	}

}
