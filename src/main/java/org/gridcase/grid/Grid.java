package org.gridcase.grid;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/**
 * A place of the hierarchy: district, street, community, grid or building.
 */
@Entity
class Grid {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "grid_seq")
	@SequenceGenerator(name = "grid_seq", sequenceName = "grid_seq", allocationSize = 50)
	private Long id;

	private String code;

	private String name;

	@Enumerated(EnumType.STRING)
	private GridLevel level;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Grid parent;

	private String boundary;

	private Double minLon;

	private Double minLat;

	private Double maxLon;

	private Double maxLat;

	private Double lon;

	private Double lat;

	@Version
	private long version;

	protected Grid() {
	}

	Grid(String code, String name, Grid parent, GridShape shape) {
		this.code = code;
		this.level = GridLevel.ofCode(code).orElseThrow();
		this.parent = parent;
		update(name, shape);
	}

	/** Changes name and shape; true if anything changed. */
	boolean update(String name, GridShape shape) {
		boolean changed = !name.equals(this.name) || !shape.equals(shape());
		this.name = name;
		this.boundary = shape.boundary();
		this.minLon = shape.minLon();
		this.minLat = shape.minLat();
		this.maxLon = shape.maxLon();
		this.maxLat = shape.maxLat();
		this.lon = shape.lon();
		this.lat = shape.lat();
		return changed;
	}

	void moveTo(Grid newParent, String newCode) {
		this.parent = newParent;
		this.code = newCode;
	}

	GridShape shape() {
		return new GridShape(this.boundary, this.minLon, this.minLat, this.maxLon, this.maxLat, this.lon, this.lat);
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	String getName() {
		return this.name;
	}

	GridLevel getLevel() {
		return this.level;
	}

	Grid getParent() {
		return this.parent;
	}

}
