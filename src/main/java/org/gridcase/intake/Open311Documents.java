package org.gridcase.intake;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The documents of Open311 GeoReport v2: in JSON a bare array, in XML a root element around
 * repeated items.
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

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Request(@JsonProperty("service_request_id") String serviceRequestId, String status,
			@JsonProperty("status_notes") String statusNotes, @JsonProperty("service_name") String serviceName,
			@JsonProperty("service_code") String serviceCode, String description,
			@JsonProperty("service_notice") String serviceNotice,
			@JsonProperty("requested_datetime") String requestedDatetime,
			@JsonProperty("updated_datetime") String updatedDatetime,
			@JsonProperty("expected_datetime") String expectedDatetime,
			@JsonProperty("address") String address, Double lat, @JsonProperty("long") Double lon) {
	}

	@JacksonXmlRootElement(localName = "service_requests")
	record Requests(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "request") List<Request> requests) implements ListDocument {

		@Override
		public List<?> items() {
			return this.requests;
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
