package org.gridcase.bench;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * A closed-loop HTTP load generator: {@code clients} threads send one query's requests back to
 * back, each for a random sample case, first {@code warmUp} unrecorded, then {@code samples}
 * recorded in an HdrHistogram (microseconds). Any answer but 200 stops the run.
 */
final class LoadGenerator {

	/** One query the history view or the timeline makes, for a sample case. */
	record Query(String name, Function<SampleCase, HttpRequest> request) {
	}

	record Result(String name, Histogram latencies) {

		double millis(double percentile) {
			return this.latencies.getValueAtPercentile(percentile) / 1000.0;
		}

	}

	private final HttpClient http;

	private final int clients;

	private final int warmUp;

	private final int samples;

	LoadGenerator(HttpClient http, int clients, int warmUp, int samples) {
		this.http = http;
		this.clients = clients;
		this.warmUp = warmUp;
		this.samples = samples;
	}

	Result run(Query query, List<SampleCase> cases) throws Exception {
		send(query, cases, this.warmUp, null);
		Recorder recorder = new Recorder(3);
		send(query, cases, this.samples, recorder);
		Result result = new Result(query.name(), recorder.getIntervalHistogram());
		System.out.printf("  %-60s p50 %7.1f  p95 %7.1f  p99 %7.1f ms  (%d)%n", result.name(), result.millis(50),
				result.millis(95), result.millis(99), result.latencies().getTotalCount());
		return result;
	}

	private void send(Query query, List<SampleCase> cases, int total, Recorder recorder) throws Exception {
		AtomicInteger remaining = new AtomicInteger(total);
		ExecutorService pool = Executors.newFixedThreadPool(this.clients);
		try {
			List<Future<?>> running = new ArrayList<>();
			for (int i = 0; i < this.clients; i++) {
				running.add(pool.submit(() -> {
					while (remaining.getAndDecrement() > 0) {
						SampleCase sample = cases.get(ThreadLocalRandom.current().nextInt(cases.size()));
						HttpRequest request = query.request().apply(sample);
						long started = System.nanoTime();
						HttpResponse<byte[]> response = this.http.send(request, BodyHandlers.ofByteArray());
						long micros = (System.nanoTime() - started) / 1000;
						if (response.statusCode() != 200) {
							throw new IllegalStateException(query.name() + ": " + response.statusCode() + " for "
									+ request.uri() + " " + new String(response.body()));
						}
						if (recorder != null) {
							recorder.recordValue(micros);
						}
					}
					return null;
				}));
			}
			for (Future<?> future : running) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

}
