package org.gridcase.identity;

/**
 * Default profile: logins opened with a first password (by an administrator or an import) that
 * the person must replace at their first login before they reach anything else.
 */
public interface FirstPasswords {

	/** Whether the user still logs in with the first password they were given. */
	boolean mustChange(String username);

	/**
	 * Replaces the first password with one the user chose.
	 * @throws org.gridcase.shared.InvalidInputException naming {@code currentPassword} or
	 * {@code newPassword} when the current one is wrong or the new one is unfit
	 */
	void replace(String username, String currentPassword, String newPassword);

}
