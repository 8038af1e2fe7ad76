package org.gridcase.grid;

/**
 * Variables routing reads and writes on tasks.
 */
public final class TaskRoutingVariables {

	/** Process variable every case process sets: the code of the case's grid. */
	public static final String GRID_CODE = "gridCode";

	/**
	 * Task-local: the group the task went to. Stored when routing climbed (with {@link #ROUTING_SKIPPED});
	 * otherwise transient, for the task's create listeners only (its candidate link records it).
	 */
	public static final String ROUTED_TO = "routedTo";

	/** Task-local: the groups skipped because nobody held them, comma-separated. */
	public static final String ROUTING_SKIPPED = "routingSkipped";

	private TaskRoutingVariables() {
	}

}
