package org.gridcase.cases;

/**
 * Which issue types new cases may be opened for: those the catalogue holds as active. Implemented
 * by the catalogue module, which knows them.
 */
public interface IssueTypes {

	boolean takesCases(String issueType);

}
