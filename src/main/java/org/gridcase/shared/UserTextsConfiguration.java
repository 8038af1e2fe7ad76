package org.gridcase.shared;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application context reads its messages from the same file as {@link UserTexts}. */
@Configuration(proxyBeanMethods = false)
class UserTextsConfiguration {

	@Bean
	MessageSource messageSource() {
		return UserTexts.source();
	}

}
