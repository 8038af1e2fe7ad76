package org.gridcase.grid;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.gridcase.shared.NotFoundException;
import org.gridcase.shared.UserTexts;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Places: read by anyone logged in, changed by administrators.
 */
@RestController
@RequestMapping("/api/grids")
@Validated
class GridController {

	private final GridDirectory directory;

	private final OrganisationManagement management;

	GridController(GridDirectory directory, OrganisationManagement management) {
		this.directory = directory;
		this.management = management;
	}

	/**
	 * The grid (level GRID) whose boundary covers a WGS84 point: how the phone page finds the
	 * grid of the worker's position.
	 */
	@GetMapping("/at")
	GridView at(@RequestParam @DecimalMin("-180") @DecimalMax("180") double lon,
			@RequestParam @DecimalMin("-90") @DecimalMax("90") double lat) {
		return this.directory.locate(lon, lat)
			.orElseThrow(() -> new NotFoundException(UserTexts.get("grid.point-outside-district")));
	}

	@GetMapping("/{code}")
	GridView grid(@PathVariable String code) {
		return this.directory.get(code);
	}

	@GetMapping("/{code}/ancestors")
	List<GridView> ancestors(@PathVariable String code) {
		this.directory.get(code);
		return this.directory.ancestors(code);
	}

	@GetMapping("/{code}/subtree")
	List<GridView> subtree(@PathVariable String code, @RequestParam(defaultValue = "0") @Min(0) int offset,
			@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
		return this.directory.subtree(code, offset, limit);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("@administrators.include(authentication)")
	GridView create(@RequestBody GridRequest request) {
		return this.management.createGrid(new CreateGridCommand(request.code(), request.name(), request.parentCode(),
				geoJson(request.boundary()), request.lon(), request.lat()));
	}

	@PutMapping("/{code}")
	@PreAuthorize("@administrators.include(authentication)")
	GridView update(@PathVariable String code, @RequestBody GridRequest request) {
		return this.management.updateGrid(
				new UpdateGridCommand(code, request.name(), geoJson(request.boundary()), request.lon(), request.lat()));
	}

	@PostMapping("/{code}/move")
	@PreAuthorize("@administrators.include(authentication)")
	GridView move(@PathVariable String code, @RequestBody MoveRequest request) {
		return this.management.moveGrid(new MoveGridCommand(code, request.newParentCode(), request.newSuffix()));
	}

	private static String geoJson(JsonNode boundary) {
		return boundary == null || boundary.isNull() ? null : boundary.toString();
	}

	/** A place; {@code boundary} is a GeoJSON geometry object. */
	record GridRequest(String code, String name, String parentCode, JsonNode boundary, Double lon, Double lat) {
	}

	record MoveRequest(String newParentCode, String newSuffix) {
	}

}
