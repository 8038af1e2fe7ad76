package org.gridcase.catalogue;

import java.util.List;

/**
 * The process definitions deployed in the engine, latest version of each key: what a handling
 * process may be.
 */
public interface DeployedProcesses {

	boolean isDeployed(String key);

	List<DeployedProcess> latest();

	/** A deployed process definition's key, name and latest version. */
	record DeployedProcess(String key, String name, int version) {
	}

}
