package org.gridcase.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Text length in characters as a person counts them (Unicode code points), unlike
 * {@link jakarta.validation.constraints.Size}, which counts UTF-16 units and so lets a text of
 * rare CJK characters (extension B and beyond) hold only half as many. {@code null} is valid.
 * PostgreSQL's {@code varchar(n)} counts the same way.
 */
@Documented
@Constraint(validatedBy = CodePointsValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT,
		ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface CodePoints {

	int min() default 0;

	int max() default Integer.MAX_VALUE;

	String message() default "{gridcase.validation.code-points}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
