package org.gridcase.notify.process;

import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.ParseUtil;

/**
 * Failed sending jobs follow their own retry cycle (e.g. {@code R5/PT1M}: five tries a minute
 * apart, then an incident); every other job keeps the engine's handling. The engine applies a
 * retry cycle only to jobs of activities, or to all jobs globally: a sending job belongs to no
 * activity.
 */
class NotificationRetries implements FailedJobCommandFactory {

	private final FailedJobCommandFactory others;

	private final String cycle;

	NotificationRetries(FailedJobCommandFactory others, String cycle) {
		this.others = others;
		this.cycle = cycle;
	}

	@Override
	public Command<Object> getCommand(String jobId, Throwable exception) {
		Command<Object> otherwise = this.others.getCommand(jobId, exception);
		FailedJobRetryConfiguration configuration = ParseUtil.parseRetryIntervals(this.cycle);
		return new DefaultJobRetryCmd(jobId, exception) {
			@Override
			public Object execute(CommandContext commandContext) {
				JobEntity job = getJob();
				if (job == null || !SendNotificationJobHandler.TYPE.equals(job.getJobHandlerType())) {
					return otherwise.execute(commandContext);
				}
				try {
					executeCustomStrategy(commandContext, job, null);
				}
				catch (Exception ex) {
					executeStandardStrategy(commandContext);
				}
				return null;
			}

			@Override
			public FailedJobRetryConfiguration getFailedJobRetryConfiguration(JobEntity job, ActivityImpl activity) {
				return configuration;
			}
		};
	}

}
