package org.gridcase.patrol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.gridcase.shared.UnprocessableInputException;
import org.gridcase.shared.UserTexts;

/**
 * One patrol of a grid by one person: from start to end, the points tracked on the way and
 * the reports filed as findings.
 */
@Entity
class Patrol {

	/** A phone sends a point every half minute or so: a day's patrol stays far below this. */
	static final int MAX_POINTS = 5000;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patrol_seq")
	@SequenceGenerator(name = "patrol_seq", sequenceName = "patrol_seq", allocationSize = 50)
	private Long id;

	private String username;

	private String gridCode;

	private Instant startedAt;

	private Instant endedAt;

	@ElementCollection
	@CollectionTable(name = "patrol_point", joinColumns = @JoinColumn(name = "patrol_id"))
	@OrderColumn(name = "position")
	private List<TrackPoint> points = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "patrol_finding", joinColumns = @JoinColumn(name = "patrol_id"))
	private List<Finding> findings = new ArrayList<>();

	@Version
	private long version;

	protected Patrol() {
	}

	Patrol(String username, String gridCode, Instant startedAt) {
		this.username = username;
		this.gridCode = gridCode;
		this.startedAt = startedAt;
	}

	boolean isUnderWay() {
		return this.endedAt == null;
	}

	/** Adds points in the order they were taken; answers how many the patrol holds now. */
	int track(List<TrackPoint> taken) {
		requireUnderWay();
		if (this.points.size() + taken.size() > MAX_POINTS) {
			throw new UnprocessableInputException("points", UserTexts.get("patrol.too-many-points", String.valueOf(MAX_POINTS)));
		}
		this.points.addAll(taken);
		return this.points.size();
	}

	/** Links a report filed on this patrol; a report linked before stays linked once. */
	void addFinding(String trackingNumber, Instant at) {
		if (this.findings.stream().noneMatch(finding -> finding.trackingNumber().equals(trackingNumber))) {
			this.findings.add(new Finding(trackingNumber, at));
		}
	}

	void end(Instant at) {
		requireUnderWay();
		this.endedAt = at;
	}

	private void requireUnderWay() {
		if (!isUnderWay()) {
			throw new UnprocessableInputException("patrol", UserTexts.get("patrol.ended"));
		}
	}

	Long getId() {
		return this.id;
	}

	String getUsername() {
		return this.username;
	}

	String getGridCode() {
		return this.gridCode;
	}

	Instant getStartedAt() {
		return this.startedAt;
	}

	Instant getEndedAt() {
		return this.endedAt;
	}

	List<TrackPoint> getPoints() {
		return List.copyOf(this.points);
	}

	List<Finding> getFindings() {
		return List.copyOf(this.findings);
	}

}
