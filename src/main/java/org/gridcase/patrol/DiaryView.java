package org.gridcase.patrol;

import java.time.Instant;
import java.time.LocalDate;

record DiaryView(LocalDate day, String gridCode, String text, Instant updatedAt) {

	static DiaryView of(DiaryEntry entry) {
		return new DiaryView(entry.getDay(), entry.getGridCode(), entry.getText(), entry.getUpdatedAt());
	}

}
