package org.gridcase.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The outside world of notifications, as real servers on this machine: an SMTP server
 * (GreenMail, {@code spring.mail.port} of the test profile), the SMS gateway
 * ({@code gridcase.notify.sms.url}) and group robots (WeCom- and DingTalk-like webhooks). Started
 * once for the test JVM; each records what it received.
 */
final class LocalGateways {

	/*
	 * Fixed (the test profile names them), and below the kernel's ephemeral range (32768-60999):
	 * at 39025 the SMTP server once found its port taken by some client connection's local end.
	 */
	static final int SMTP_PORT = 25025;

	static final int SMS_PORT = 25080;

	private static LocalGateways started;

	final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	final Recorder sms;

	final Recorder robots;

	private LocalGateways() throws IOException {
		this.smtp.start();
		this.sms = new Recorder(SMS_PORT);
		this.robots = new Recorder(0);
	}

	static synchronized LocalGateways start() {
		if (started == null) {
			try {
				started = new LocalGateways();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return started;
	}

	/** An HTTP server that answers every POST, recording it; it can be told to fail. */
	static final class Recorder {

		private final HttpServer server;

		private final ObjectMapper json = new ObjectMapper();

		final List<Received> received = new CopyOnWriteArrayList<>();

		volatile int failWith;

		Recorder(int port) throws IOException {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
			this.server.createContext("/", this::handle);
			this.server.start();
		}

		String url(String path) {
			return "http://127.0.0.1:" + this.server.getAddress().getPort() + path;
		}

		private void handle(HttpExchange exchange) throws IOException {
			try (InputStream in = exchange.getRequestBody()) {
				String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				if (this.failWith != 0) {
					answer(exchange, this.failWith, "{\"error\":\"unavailable\"}");
					return;
				}
				this.received.add(new Received(exchange.getRequestURI().toString(),
						exchange.getRequestHeaders().getFirst("Authorization"),
						exchange.getRequestHeaders().getFirst("Idempotency-Key"), this.json.readTree(body)));
				answer(exchange, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}");
			}
		}

		private static void answer(HttpExchange exchange, int status, String body) throws IOException {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(status, bytes.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(bytes);
			}
		}

	}

	/** One request a server took. */
	record Received(String uri, String authorization, String idempotencyKey, JsonNode body) {

		String text() {
			return this.body.has("text") && this.body.get("text").isTextual() ? this.body.get("text").asText()
					: this.body.path("text").path("content").asText();
		}

	}

}
