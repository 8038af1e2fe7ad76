package org.gridcase.reliability;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The bounded mixed load: {@code clients} threads file {@code reports} reports over REST, each
 * with its own {@code Idempotency-Key}, on whichever node answers (a refused connection, a 503
 * or a lost answer is retried with the same key, elsewhere if need be); every
 * {@code registerEvery}-th case is then sorted (station) and registered (street) through the
 * engine REST API, which moves it into its handling process. A report counts as acknowledged
 * only once a 201 with its receipt came back.
 */
final class Load {

	record Receipt(String trackingNumber, String caseId) {
	}

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Every fifth report carries a photo (stored in the database: the backup must hold it). */
	private static final int PHOTO_EVERY = 5;

	private static final byte[] PHOTO = photo();

	private static final Duration GIVE_UP = Duration.ofSeconds(120);

	private final Supplier<List<Node>> nodes;

	private final String run;

	private final Queue<Receipt> receipts = new ConcurrentLinkedQueue<>();

	private final Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();

	private final AtomicInteger started = new AtomicInteger();

	private final AtomicInteger finished = new AtomicInteger();

	private final AtomicInteger registered = new AtomicInteger();

	private final AtomicInteger connectionFailures = new AtomicInteger();

	private final AtomicLong slowest503Millis = new AtomicLong();

	private final AtomicInteger given = new AtomicInteger();

	private ExecutorService pool;

	private int total;

	Load(Supplier<List<Node>> nodes, String run) {
		this.nodes = nodes;
		this.run = run;
	}

	void start(int clients, int reports, int registerEvery) {
		this.total = reports;
		this.pool = Executors.newFixedThreadPool(clients);
		for (int c = 0; c < clients; c++) {
			this.pool.submit(() -> {
				int i;
				while ((i = this.started.getAndIncrement()) < reports) {
					try {
						Receipt receipt = file(i);
						if (receipt != null && i % registerEvery == 0 && register(receipt, i)) {
							this.registered.incrementAndGet();
						}
					}
					catch (InterruptedException ex) {
						return null;
					}
					finally {
						this.finished.incrementAndGet();
					}
				}
				return null;
			});
		}
		this.pool.shutdown();
	}

	/** Waits until this share of the reports has been answered (or given up). */
	void awaitProgress(double share) throws InterruptedException {
		while (this.finished.get() < Math.ceil(this.total * share) && !this.pool.isTerminated()) {
			Thread.sleep(100);
		}
	}

	void awaitDone(Duration timeout) throws InterruptedException {
		if (!this.pool.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			throw new IllegalStateException("Load not done after " + timeout);
		}
	}

	private Receipt file(int i) throws InterruptedException {
		Http worker = Http.demo("gridworker1");
		String key = "faults-" + this.run + "-" + i;
		String body = "{\"channel\":\"PATROL\",\"subcategory\":\"01-01\",\"description\":\"故障演练第" + i
				+ "号：路口暴露垃圾\",\"address\":\"顺河路口\",\"gridCode\":\"410104001001001\",\"reporter\":{\"name\":\"张伟\"}}";
		long deadline = System.nanoTime() + GIVE_UP.toNanos();
		for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
			List<Node> up = this.nodes.get();
			Node node = up.get((i + attempt) % up.size());
			long sent = System.nanoTime();
			try {
				HttpResponse<String> answer = i % PHOTO_EVERY == 0
						? worker.postReportWithPhoto(node.url("/api/reports"), body, PHOTO, "Idempotency-Key", key)
						: worker.postJson(node.url("/api/reports"), body, "Idempotency-Key", key);
				count(answer.statusCode());
				if (answer.statusCode() == 201) {
					JsonNode receipt = JSON.readTree(answer.body());
					Receipt filed = new Receipt(receipt.path("trackingNumber").asText(), receipt.path("caseId").asText());
					this.receipts.add(filed);
					return filed;
				}
				if (answer.statusCode() == 503) {
					this.slowest503Millis.accumulateAndGet((System.nanoTime() - sent) / 1_000_000, Math::max);
				}
			}
			catch (IOException ex) {
				this.connectionFailures.incrementAndGet();
			}
			Thread.sleep(300);
		}
		this.given.incrementAndGet();
		return null;
	}

	/** Sorts and registers the case; false if it could not within the time allowed. */
	private boolean register(Receipt receipt, int i) throws InterruptedException {
		return work(receipt, i, "station1", "梳理上报案件", "{\"sortingNote\":{\"value\":\"属实\",\"type\":\"String\"}}")
				&& work(receipt, i, "street1", "审核立案",
						"{\"registerDecision\":{\"value\":\"REGISTER\",\"type\":\"String\"}}");
	}

	private boolean work(Receipt receipt, int i, String username, String taskName, String variables)
			throws InterruptedException {
		Http user = Http.demo(username);
		long deadline = System.nanoTime() + GIVE_UP.toNanos();
		boolean tried = false;
		for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
			List<Node> up = this.nodes.get();
			Node node = up.get((i + attempt) % up.size());
			try {
				HttpResponse<String> tasks = user.get(node.url("/engine-rest/task?candidateUser=" + username
						+ "&includeAssignedTasks=true&processInstanceBusinessKey=" + receipt.trackingNumber()));
				if (tasks.statusCode() == 200) {
					String taskId = null;
					for (JsonNode task : JSON.readTree(tasks.body())) {
						if (task.path("name").asText().startsWith(taskName)) {
							taskId = task.path("id").asText();
						}
					}
					if (taskId == null && tried) {
						return true; // completed by an attempt whose answer was lost
					}
					if (taskId != null) {
						tried = true;
						user.postJson(node.url("/engine-rest/task/" + taskId + "/claim"),
								"{\"userId\":\"" + username + "\"}");
						HttpResponse<String> completed = user.postJson(node.url("/engine-rest/task/" + taskId + "/complete"),
								"{\"variables\":" + variables + "}");
						count(completed.statusCode());
						if (completed.statusCode() == 204) {
							return true;
						}
					}
				}
			}
			catch (IOException ex) {
				this.connectionFailures.incrementAndGet();
				tried = true;
			}
			Thread.sleep(300);
		}
		return false;
	}

	private static byte[] photo() {
		BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(90, 140, 60));
		graphics.fillRect(0, 0, 64, 48);
		graphics.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private void count(int status) {
		this.statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
	}

	List<Receipt> receipts() {
		return List.copyOf(this.receipts);
	}

	int registered() {
		return this.registered.get();
	}

	int givenUp() {
		return this.given.get();
	}

	int connectionFailures() {
		return this.connectionFailures.get();
	}

	long slowest503Millis() {
		return this.slowest503Millis.get();
	}

	Map<Integer, AtomicInteger> statuses() {
		return Map.copyOf(this.statuses);
	}

}
