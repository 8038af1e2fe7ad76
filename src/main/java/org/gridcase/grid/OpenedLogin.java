package org.gridcase.grid;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A login opened for a person. {@code generatedPassword} is the first password when GridCase
 * chose it (shown this once, to hand to the person), {@code null} when the administrator did.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenedLogin(String username, String generatedPassword) {
}
