package org.gridcase.audit.export;

import java.util.Collection;
import java.util.Map;

/**
 * The names of the people behind user names (for a review, "王建国（gridleader1）"), from the
 * identity store the logins come from.
 */
public interface ActorNames {

	/** Names by user name, for those the identity store knows. */
	Map<String, String> of(Collection<String> usernames);

}
