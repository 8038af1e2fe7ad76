package org.gridcase.intake;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The documents of Open311 GeoReport v2 (and FixMyStreet's {@code servicerequestupdates}): in
 * JSON a bare array, in XML a root element around repeated items.
 */
final class Open311Documents {

	/** A document whose JSON form is a bare array. */
	interface ListDocument {

		List<?> items();

	}

	private Open311Documents() {
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Service(@JsonProperty("service_code") String serviceCode, @JsonProperty("service_name") String serviceName,
			String description, boolean metadata, String type, String keywords, String group) {
	}

	@JacksonXmlRootElement(localName = "services")
	record Services(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "service") List<Service> services) implements ListDocument {

		@Override
		public List<?> items() {
			return this.services;
		}

	}

	@JacksonXmlRootElement(localName = "service_definition")
	record ServiceDefinition(@JsonProperty("service_code") String serviceCode,
			@JacksonXmlElementWrapper(localName = "attributes") @JacksonXmlProperty(localName = "attribute") List<Object> attributes) {
	}

	/** What a POST answers: the new request's id and a notice. */
	@JsonPropertyOrder({ "service_request_id", "service_notice" })
	record Created(@JsonProperty("service_request_id") String serviceRequestId,
			@JsonProperty("service_notice") String serviceNotice) {
	}

	/** A request as read back; nothing about the reporter. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	@JsonPropertyOrder({ "service_request_id", "status", "status_notes", "service_name", "service_code", "description",
			"agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime",
			"address", "lat", "long", "media_url" })
	record Request(@JsonProperty("service_request_id") String serviceRequestId, String status,
			@JsonProperty("status_notes") String statusNotes, @JsonProperty("service_name") String serviceName,
			@JsonProperty("service_code") String serviceCode, String description,
			@JsonProperty("agency_responsible") String agencyResponsible,
			@JsonProperty("service_notice") String serviceNotice,
			@JsonProperty("requested_datetime") String requestedDatetime,
			@JsonProperty("updated_datetime") String updatedDatetime,
			@JsonProperty("expected_datetime") String expectedDatetime, String address, Double lat,
			@JsonProperty("long") Double lon, @JsonProperty("media_url") String mediaUrl) {
	}

	@JacksonXmlRootElement(localName = "service_requests")
	record Requests(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request") List<?> requests) implements ListDocument {

		@Override
		public List<?> items() {
			return this.requests;
		}

	}

	/** One public update of a request (FixMyStreet's {@code servicerequestupdates}). */
	@JsonPropertyOrder({ "update_id", "service_request_id", "status", "updated_datetime", "description", "media_url",
			"external_status_code" })
	record RequestUpdate(@JsonProperty("update_id") String updateId,
			@JsonProperty("service_request_id") String serviceRequestId, String status,
			@JsonProperty("updated_datetime") String updatedDatetime, String description,
			@JsonProperty("media_url") String mediaUrl,
			@JsonProperty("external_status_code") String externalStatusCode) {
	}

	@JacksonXmlRootElement(localName = "service_request_updates")
	record RequestUpdates(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request_update") List<RequestUpdate> updates) implements ListDocument {

		@Override
		public List<?> items() {
			return this.updates;
		}

	}

	record Error(int code, String description) {
	}

	@JacksonXmlRootElement(localName = "errors")
	record Errors(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "error") List<Error> errors) implements ListDocument {

		@Override
		public List<?> items() {
			return this.errors;
		}

	}

}
