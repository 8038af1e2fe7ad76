package org.gridcase.cases.process;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.AcquireJobsCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultAcquireJobsCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;

/**
 * Hands the light timers one acquisition took to the workers in batches, so that a worker fires
 * several in one transaction ({@link LightTimerJobHandler} fires the rest of its batch with the
 * first): thousands of timers falling due at once cost a commit, a job-executor round and an
 * audit-chain turn per batch rather than per timer. The engine acquires and locks the jobs as
 * ever; only how the locked ones are handed out changes. Batches holding any other job (a
 * process's own timer, a sending job, an exclusive group) are handed out unchanged.
 */
final class LightTimerBatches implements AcquireJobsCommandFactory {

	private final AcquireJobsCommandFactory engine;

	private final int perTransaction;

	private LightTimerBatches(AcquireJobsCommandFactory engine, int perTransaction) {
		this.engine = engine;
		this.perTransaction = perTransaction;
	}

	/** Makes this job executor hand out light timers {@code perTransaction} at a time (before it starts). */
	static void install(JobExecutor jobExecutor, int perTransaction) {
		if (perTransaction > 1 && !(jobExecutor.getAcquireJobsCmdFactory() instanceof LightTimerBatches)) {
			AcquireJobsCommandFactory engine = jobExecutor.getAcquireJobsCmdFactory() == null
					? new DefaultAcquireJobsCommandFactory(jobExecutor) : jobExecutor.getAcquireJobsCmdFactory();
			jobExecutor.setAcquireJobsCmdFactory(new LightTimerBatches(engine, perTransaction));
		}
	}

	@Override
	public Command<AcquiredJobs> getCommand(int numJobsToAcquire) {
		Command<AcquiredJobs> acquisition = this.engine.getCommand(numJobsToAcquire);
		return commandContext -> regroup(acquisition.execute(commandContext), commandContext);
	}

	private AcquiredJobs regroup(AcquiredJobs acquired, CommandContext commandContext) {
		List<List<String>> batches = acquired.getJobIdBatches();
		if (batches.size() > 1) {
			List<List<String>> regrouped = regroup(batches, lightTimersAmong(batches, commandContext), this.perTransaction);
			// the engine's own list: a job that fails to lock when the acquisition flushes is removed from it
			batches.clear();
			batches.addAll(regrouped);
		}
		return acquired;
	}

	/**
	 * Batches made only of light timers merged, in their order, into batches of at most
	 * {@code perTransaction} (a batch is never split: an exclusive one holds the jobs of one
	 * process instance); the others as they were.
	 */
	static List<List<String>> regroup(List<List<String>> batches, Set<String> lightTimers, int perTransaction) {
		List<List<String>> regrouped = new ArrayList<>();
		List<String> open = null;
		for (List<String> batch : batches) {
			if (!lightTimers.containsAll(batch)) {
				regrouped.add(batch);
				continue;
			}
			if (open == null || open.size() + batch.size() > perTransaction) {
				open = new ArrayList<>();
				regrouped.add(open);
			}
			open.addAll(batch);
		}
		return regrouped;
	}

	private static Set<String> lightTimersAmong(List<List<String>> batches, CommandContext commandContext) {
		Connection connection = commandContext.getDbSqlSession().getSqlSession().getConnection();
		Set<String> found = new HashSet<>();
		try (PreparedStatement query = connection
			.prepareStatement("select id_ from act_ru_job where id_ = any(?) and handler_type_ = ?")) {
			query.setArray(1, connection.createArrayOf("varchar",
					batches.stream().flatMap(List::stream).toArray(String[]::new)));
			query.setString(2, LightTimerJobHandler.TYPE);
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					found.add(rows.getString(1));
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not read the types of the acquired jobs", ex);
		}
		return found;
	}

}
