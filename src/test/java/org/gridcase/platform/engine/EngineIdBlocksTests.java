package org.gridcase.platform.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.gridcase.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class EngineIdBlocksTests {

	private static final int THREADS_PER_NODE = 4;

	private static final int IDS_PER_THREAD = 1500;

	@Autowired
	HikariDataSource database;

	@Autowired
	ProcessEngine engine;

	@Test
	void theEngineTakesItsIdsFromBlocks() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		assertThat(configuration.getIdGenerator()).isInstanceOf(EngineIdBlocks.class);
		assertThat(configuration.getIdGenerator().getNextId()).matches("[1-9][0-9]*");
	}

	@Test
	void twoNodesReservingAtOnceNeverHandOutTheSameId() throws Exception {
		// small blocks: the two nodes reserve about 1,200 times, many of them at the same moment
		try (EngineIdBlocks first = node(); EngineIdBlocks second = node()) {
			ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_NODE);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<List<String>>> taken = new ArrayList<>();
			for (int i = 0; i < THREADS_PER_NODE; i++) {
				taken.add(threads.submit(() -> take(first, start)));
				taken.add(threads.submit(() -> take(second, start)));
			}
			start.countDown();
			Set<String> distinct = new HashSet<>();
			int count = 0;
			for (Future<List<String>> ids : taken) {
				count += ids.get().size();
				distinct.addAll(ids.get());
			}
			threads.shutdown();
			assertThat(count).isEqualTo(2 * THREADS_PER_NODE * IDS_PER_THREAD);
			assertThat(distinct).hasSize(count);
		}
	}

	private EngineIdBlocks node() {
		return new EngineIdBlocks(EngineIdConfiguration.connectionOfItsOwn(this.database), 10);
	}

	private static List<String> take(EngineIdBlocks node, CountDownLatch start) throws InterruptedException {
		start.await();
		List<String> ids = new ArrayList<>(IDS_PER_THREAD);
		for (int i = 0; i < IDS_PER_THREAD; i++) {
			ids.add(node.getNextId());
		}
		return ids;
	}

}
