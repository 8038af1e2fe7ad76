package org.gridcase.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.gridcase.grid.AssignmentWithdrawn;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records assignments withdrawn as entered by mistake (they leave no row behind, so the trail is
 * where one sees who withdrew what), in the organisation's transaction.
 */
@Component
class StaffingEventsAuditor {

	private final AuditTrail trail;

	StaffingEventsAuditor(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(AssignmentWithdrawn event) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("assignmentId", event.assignmentId());
		data.put("username", event.username());
		data.put("role", event.roleAtPlace().role().name());
		data.put("roleLabel", event.roleAtPlace().role().label());
		data.put("placeCode", event.roleAtPlace().placeCode());
		data.put("departmentCode", event.roleAtPlace().departmentCode());
		data.put("validFrom", event.validFrom().toString());
		data.put("validTo", event.validTo() == null ? null : event.validTo().toString());
		this.trail.append(null, AuditEventType.ASSIGNMENT_WITHDRAWN, data);
	}

}
