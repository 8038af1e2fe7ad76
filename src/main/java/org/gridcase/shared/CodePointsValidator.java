package org.gridcase.shared;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link CodePoints}; public because any Bean Validation provider must create it. */
public class CodePointsValidator implements ConstraintValidator<CodePoints, CharSequence> {

	private int min;

	private int max;

	@Override
	public void initialize(CodePoints constraint) {
		this.min = constraint.min();
		this.max = constraint.max();
	}

	@Override
	public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		int length = Character.codePointCount(value, 0, value.length());
		return length >= this.min && length <= this.max;
	}

}
