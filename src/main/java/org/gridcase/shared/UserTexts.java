package org.gridcase.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Everything a user reads comes from one file, {@code messages.properties}, through Spring's
 * {@link MessageSource}, in the district's language ({@link District#LOCALE}). The same source is
 * the application context's {@code messageSource} ({@link UserTextsConfiguration}), so Bean
 * Validation messages ({@code {key}}) read the file too. Enum constants shown to users are keyed
 * {@code SimpleClassName.CONSTANT}.
 */
public final class UserTexts {

	private static final ResourceBundleMessageSource SOURCE = bundle();

	private UserTexts() {
	}

	/** The text under {@code code}, with {@code {0}}, {@code {1}} … filled from {@code arguments}. */
	public static String get(String code, Object... arguments) {
		return SOURCE.getMessage(code, arguments, District.LOCALE);
	}

	/** The name users read for an enum constant, keyed {@code SimpleClassName.CONSTANT}. */
	public static String label(Enum<?> constant) {
		return get(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
	}

	static MessageSource source() {
		return SOURCE;
	}

	private static ResourceBundleMessageSource bundle() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding(StandardCharsets.UTF_8.name());
		source.setFallbackToSystemLocale(false);
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

}
