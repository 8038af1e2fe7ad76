package org.gridcase.cases;

import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.gridcase.cases.JointEnforcementChoicePolicy.Part;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JointEnforcementChoicePolicyTests {

	@Test
	void twoToTenDepartmentsWithTheLeadAmongThemAreAccepted() {
		assertThat(JointEnforcementChoicePolicy.check(List.of("URBAN_MANAGEMENT", "POLICE"), "POLICE")).isEmpty();
		assertThat(JointEnforcementChoicePolicy.check(departments(10), "D1")).isEmpty();
	}

	@Test
	void fewerThanTwoOrMoreThanTenDepartmentsAreRefused() {
		assertThat(JointEnforcementChoicePolicy.check(List.of("URBAN_MANAGEMENT"), "URBAN_MANAGEMENT"))
			.hasValueSatisfying(refusal -> {
				assertThat(refusal.part()).isEqualTo(Part.DEPARTMENTS);
				assertThat(refusal.message()).contains("2至10", "现为1个");
			});
		assertThat(JointEnforcementChoicePolicy.check(Collections.emptyList(), null)).map(refusal -> refusal.part())
			.hasValue(Part.DEPARTMENTS);
		assertThat(JointEnforcementChoicePolicy.check(departments(11), "D1")).map(refusal -> refusal.part())
			.hasValue(Part.DEPARTMENTS);
	}

	@Test
	void aLeadOutsideTheChosenDepartmentsIsRefused() {
		assertThat(JointEnforcementChoicePolicy.check(List.of("URBAN_MANAGEMENT", "POLICE"), "FIRE"))
			.hasValueSatisfying(refusal -> assertThat(refusal.part()).isEqualTo(Part.LEAD));
		assertThat(JointEnforcementChoicePolicy.check(List.of("URBAN_MANAGEMENT", "POLICE"), null))
			.map(refusal -> refusal.part())
			.hasValue(Part.LEAD);
	}

	private static List<String> departments(int count) {
		return IntStream.rangeClosed(1, count).mapToObj(i -> "D" + i).toList();
	}

}
