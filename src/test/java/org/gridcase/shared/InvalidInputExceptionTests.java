package org.gridcase.shared;

import java.lang.reflect.Method;
import java.util.List;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvalidInputExceptionTests {

	private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

	@Test
	void violationsOfAValidatedCallNameFieldsAsTheClientSentThem() throws Exception {
		Method submit = Intake.class.getDeclaredMethod("submit", Command.class, List.class, String.class);
		Object[] arguments = { new Command("短", new Reporter(" ")), List.of("ok", " "), " " };

		var violations = this.validator.forExecutables().validateParameters(new Intake(), submit, arguments);
		InvalidInputException invalid = InvalidInputException.of(new ConstraintViolationException(violations));

		assertThat(invalid.getProblems()).extracting(InvalidInputException.FieldProblem::field)
			.containsExactly("description", "idempotencyKey", "photos[1]", "reporter.name");
	}

	@Test
	void textLimitsCountCodePoints() {
		assertThat(this.validator.validate(new Command("𠀀".repeat(10), new Reporter("王")))).isEmpty();
		assertThat(this.validator.validate(new Command("𠀀".repeat(11), new Reporter("王")))).hasSize(1);
	}

	record Command(@CodePoints(min = 4, max = 10) String description, @Valid Reporter reporter) {
	}

	record Reporter(@NotBlank String name) {
	}

	static class Intake {

		void submit(@Valid Command command, List<@NotBlank String> photos, @NotBlank String idempotencyKey) {
		}

	}

}
