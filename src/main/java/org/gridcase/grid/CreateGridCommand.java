package org.gridcase.grid;

import jakarta.validation.constraints.NotBlank;
import org.gridcase.shared.CodePoints;

/**
 * Creates a place. Its level follows from the length of its code.
 *
 * @param boundary GeoJSON Polygon or MultiPolygon, optional
 */
public record CreateGridCommand(@NotBlank String code, @NotBlank @CodePoints(max = 100) String name, String parentCode,
		String boundary, Double lon, Double lat) {
}
