package org.gridcase.identity.process;

import java.util.List;

import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.gridcase.grid.TaskRoutingVariables;
import org.gridcase.shared.CodePrefix;

/**
 * Which tasks a person's task query returns when their task links judge it instead of the
 * engine's grant join (see {@link OversightAuthorizationManager}): the tasks offered to them or
 * to one of the groups they logged in with (claimed or not, as the candidate grant reads), those
 * they hold or own, and for the centers above a grid every task of a case in a place they oversee
 * (the case's {@value TaskRoutingVariables#GRID_CODE} begins with the place's code). Put in place of
 * the query's authorization check, with the grant check switched off; the task list statements of
 * {@code VisibleTasks.xml} render it in one of two forms ({@link TaskListWalk} chooses): a
 * semi-join on the ids of every task the person sees (collected first), or a test of each task
 * as the list walks its order's index. Public because MyBatis reads its properties.
 */
public final class VisibleTasks extends AuthorizationCheck {

	private static final long serialVersionUID = 1L;

	private final List<CodePrefix> places;

	private boolean walk;

	VisibleTasks(AuthorizationCheck judged, CenterOversight oversight) {
		this.authUserId = judged.getAuthUserId();
		this.authGroupIds = judged.getAuthGroupIds() == null ? List.of() : List.copyOf(judged.getAuthGroupIds());
		this.authDefaultPerm = judged.getAuthDefaultPerm();
		this.permissionChecks = judged.getPermissionChecks();
		this.useLeftJoin = judged.isUseLeftJoin();
		this.historicInstancePermissionsEnabled = judged.isHistoricInstancePermissionsEnabled();
		this.isAuthorizationCheckEnabled = false;
		this.shouldPerformAuthorizatioCheck = false;
		this.places = oversight.placeCodes().stream().map(CodePrefix::of).toList();
	}

	/** The codes of the places overseen, as SQL matches them (none for anyone who holds no center post). */
	public List<CodePrefix> getPlaces() {
		return this.places;
	}

	/**
	 * Whether the list tests each task as it walks its order's index (the person sees so many
	 * tasks that a page is found after a few), instead of first collecting every task they see.
	 */
	public boolean isWalk() {
		return this.walk;
	}

	void walk() {
		this.walk = true;
	}

	/** The process variable naming a case's grid. */
	public String getGridVariable() {
		return TaskRoutingVariables.GRID_CODE;
	}

}
