package org.gridcase.notify;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

/**
 * The notify module's settings and its two group robots.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotifyProperties.class)
class NotifyConfiguration {

	@Bean
	ChannelGateway wecomGateway(RestClient.Builder http, NotificationPreferences preferences, Clock clock) {
		return new RobotWebhookGateway(NotificationChannel.WECOM, http, preferences, clock);
	}

	@Bean
	ChannelGateway dingtalkGateway(RestClient.Builder http, NotificationPreferences preferences, Clock clock) {
		return new RobotWebhookGateway(NotificationChannel.DINGTALK, http, preferences, clock);
	}

}
