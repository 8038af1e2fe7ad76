package org.gridcase.identity.process;

import java.security.SecureRandom;

/**
 * First passwords GridCase chooses: 12 characters without look-alikes (0/O, 1/l/I), easy to
 * read out or copy from a printed list.
 */
final class PasswordGenerator {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private PasswordGenerator() {
	}

	static String firstPassword() {
		StringBuilder password = new StringBuilder(12);
		for (int i = 0; i < 12; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
