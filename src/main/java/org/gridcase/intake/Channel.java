package org.gridcase.intake;

/**
 * Where a report came from, and whether it may come without a reporter.
 */
public enum Channel {

	PATROL("网格巡查", false), HOTLINE_12345("12345热线", true), MAYOR_HOTLINE("市长热线", true), WEB("网站", true),
	MOBILE_APP("手机应用", true), CAMERA("视频巡查", true), WALK_IN("来访", true),
	DEPARTMENT_REFERRAL("部门移交", false);

	private final String label;

	private final boolean anonymousAllowed;

	Channel(String label, boolean anonymousAllowed) {
		this.label = label;
		this.anonymousAllowed = anonymousAllowed;
	}

	public String label() {
		return this.label;
	}

	public boolean allowsAnonymous() {
		return this.anonymousAllowed;
	}

}
