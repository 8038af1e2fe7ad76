package org.gridcase.supervision;

/** Set a warning: fields as the client sent them (checked by {@link Warnings#set}). */
public record SetWarningCommand(String place, String level, String from, String to, String reason) {
}
