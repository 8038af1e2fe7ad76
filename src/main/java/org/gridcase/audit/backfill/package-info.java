/**
 * The audit trail for cases older than it: derives their events from the engine's history and
 * the case record and appends them to the chain once, marked as backfilled.
 */
package org.gridcase.audit.backfill;
