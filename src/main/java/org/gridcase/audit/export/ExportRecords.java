package org.gridcase.audit.export;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.gridcase.audit.AuditEventType;
import org.gridcase.audit.AuditTrail;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every export is itself an audit event: who took which case's trace, or which period's events,
 * in which format. The actor is the current user ({@link AuditTrail}).
 */
@Service
class ExportRecords {

	private final AuditTrail trail;

	ExportRecords(AuditTrail trail) {
		this.trail = trail;
	}

	@Transactional
	public void traceExported(CaseTrace trace, String format) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("format", format);
		data.put("trackingNumber", trace.summary().trackingNumber());
		data.put("events", trace.events().size());
		data.put("chainValid", trace.chain().valid());
		this.trail.append(UUID.fromString(trace.summary().caseId()), AuditEventType.TRACE_EXPORTED, data);
	}

	@Transactional
	public void eventsExported(LocalDate from, LocalDate to, String place, String format) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("format", format);
		data.put("from", from.toString());
		data.put("to", to.toString());
		data.put("place", place);
		this.trail.append(null, AuditEventType.EVENTS_EXPORTED, data);
	}

}
