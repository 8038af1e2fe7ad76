package org.gridcase.deadlines;

/**
 * Deadline light of a task or a case.
 */
public enum Light {

	GREEN("绿灯"), YELLOW("黄灯"), RED("红灯");

	/** Share of the limit after which the light turns yellow. */
	public static final double YELLOW_AT = 0.8;

	private final String label;

	Light(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public Light worse(Light other) {
		return other != null && other.ordinal() > ordinal() ? other : this;
	}

}
