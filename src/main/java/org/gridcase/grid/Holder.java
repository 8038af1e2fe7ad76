package org.gridcase.grid;

/**
 * A person holding a role somewhere.
 */
public record Holder(String username, String name) {
}
