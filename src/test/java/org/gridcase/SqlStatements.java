package org.gridcase;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/**
 * The SQL statements the application sends while one piece of work runs, as the engine's
 * MyBatis, Hibernate and Spring's JDBC templates log them (lower case, whitespace collapsed),
 * for tests that count what a request costs. Record around the work and close after it.
 */
public final class SqlStatements implements AutoCloseable {

	private static final String MYBATIS = "org.camunda.bpm.engine.impl.persistence.entity";

	/** The mapping namespace under which the engine logs its decision definition queries, for {@link #recordWith}. */
	public static final String ENGINE_DECISION_QUERIES = "org.camunda.bpm.engine.impl.dmn";

	private static final String HIBERNATE = "org.hibernate.SQL";

	private static final String JDBC_TEMPLATE = "org.springframework.jdbc.core.JdbcTemplate";

	/** Tomcat's request threads ({@code http-nio-<port>-exec-<n>}). */
	private static final String REQUEST_THREADS = "http-nio-";

	private static final String MYBATIS_PREFIX = "==>  Preparing: ";

	private static final String JDBC_TEMPLATE_PREFIX = "Executing prepared SQL statement [";

	/** The engine's MyBatis namespace and those of our own mappings recorded besides. */
	private final List<String> myBatis;

	private final List<Logger> loggers;

	private final List<Level> levels;

	private final ListAppender<ILoggingEvent> log = new ListAppender<>();

	private final String recordingThread = Thread.currentThread().getName();

	private SqlStatements(List<String> ourMappings) {
		this.myBatis = Stream.concat(Stream.of(MYBATIS), ourMappings.stream()).toList();
		this.loggers = Stream.concat(this.myBatis.stream(), Stream.of(HIBERNATE, JDBC_TEMPLATE))
			.map(name -> (Logger) LoggerFactory.getLogger(name))
			.toList();
		this.levels = this.loggers.stream().map(Logger::getLevel).toList();
		this.log.start();
		this.loggers.forEach(logger -> {
			logger.addAppender(this.log);
			logger.setLevel(Level.DEBUG);
		});
	}

	public static SqlStatements record() {
		return new SqlStatements(List.of());
	}

	/**
	 * Also the statements of our own MyBatis mappings loaded into the engine, named by their
	 * namespace (e.g. {@code org.gridcase.identity.process.VisibleTasks}).
	 */
	public static SqlStatements recordWith(String... ourMappings) {
		return new SqlStatements(List.of(ourMappings));
	}

	/**
	 * Every statement sent so far, in order, by the thread that records and by the embedded web
	 * server's request threads: what the test's work and its HTTP requests cost, without the
	 * engine's job acquisition and the application's background rereads that happen to run
	 * meanwhile.
	 */
	public List<String> all() {
		return statementsOf(this::foreground);
	}

	private boolean foreground(ILoggingEvent event) {
		return event.getThreadName().equals(this.recordingThread) || event.getThreadName().startsWith(REQUEST_THREADS);
	}

	private List<String> statementsOf(Predicate<ILoggingEvent> which) {
		List<String> statements = new ArrayList<>();
		for (ILoggingEvent event : List.copyOf(this.log.list)) {
			if (!which.test(event)) {
				continue;
			}
			String message = event.getFormattedMessage();
			if (event.getLoggerName().equals(HIBERNATE)) {
				statements.add(normal(message));
			}
			else if (this.myBatis.stream().anyMatch(event.getLoggerName()::startsWith) && message.startsWith(MYBATIS_PREFIX)) {
				statements.add(normal(message.substring(MYBATIS_PREFIX.length())));
			}
			else if (event.getLoggerName().equals(JDBC_TEMPLATE) && message.startsWith(JDBC_TEMPLATE_PREFIX)) {
				statements.add(normal(message.substring(JDBC_TEMPLATE_PREFIX.length(), message.length() - 1)));
			}
		}
		return statements;
	}

	/** The statements that match, e.g. {@code sql -> sql.startsWith("update case_record")}. */
	public List<String> matching(Predicate<String> which) {
		return all().stream().filter(which).toList();
	}

	/** The statements sent through Hibernate only (by the same threads as {@link #all()}). */
	public List<String> ofHibernate() {
		return this.log.list.stream()
			.filter(event -> event.getLoggerName().equals(HIBERNATE))
			.filter(this::foreground)
			.map(event -> normal(event.getFormattedMessage()))
			.toList();
	}

	@Override
	public void close() {
		for (int i = 0; i < this.loggers.size(); i++) {
			this.loggers.get(i).setLevel(this.levels.get(i));
			this.loggers.get(i).detachAppender(this.log);
		}
		this.log.stop();
	}

	private static String normal(String sql) {
		return sql.replaceAll("\\s+", " ").trim().toLowerCase(Locale.ROOT);
	}

}
