package org.gridcase.cases;

/**
 * How urgent a case is; time limits depend on it.
 */
public enum Severity {

	GENERAL, MAJOR, EMERGENCY

}
