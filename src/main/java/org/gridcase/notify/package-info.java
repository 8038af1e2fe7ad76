/**
 * Telling people in time: reporters hear back about their case (registered, rejected, handled
 * with a one-time satisfaction link, closed) by SMS or e-mail; staff learn of new tasks, yellow
 * and red lights, escalations and warnings by SMS, e-mail or a WeCom/DingTalk group robot, as
 * each chooses, with quiet hours that only emergencies break. Messages come from templates
 * administrators change; every send is an engine job with retries, created in the transaction
 * of the change it reports.
 * <p>
 * Listens to {@code cases} events and reads {@code cases}, {@code intake} and {@code grid}
 * through their public APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "notify")
package org.gridcase.notify;
