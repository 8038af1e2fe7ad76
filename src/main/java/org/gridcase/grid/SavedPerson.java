package org.gridcase.grid;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A person saved, with the login opened for them if they had none.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SavedPerson(String username, OpenedLogin login) {
}
