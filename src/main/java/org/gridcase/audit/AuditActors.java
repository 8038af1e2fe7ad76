package org.gridcase.audit;

/**
 * Who is acting now: the engine's authenticated user (Tasklist, engine REST), else the logged-in
 * user of the request, else {@value AuditTrail#SYSTEM} (timers, jobs, start-up).
 */
public interface AuditActors {

	String current();

}
