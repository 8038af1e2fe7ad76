package org.gridcase.identity.process;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Whether a login (a user with the groups they logged in with) holds a grant reaching beyond
 * single tasks (READ on every task, READ_TASK on a process definition: auditors), remembered for
 * {@link #WINDOW} so that a task list asks the grant table once per window, not once per request.
 * <p>
 * A stale answer never lets anyone see more: a login remembered as holding such a grant is judged
 * by the engine's grant join, which reads the grants as they are; one remembered as holding none
 * is judged by its task links, as every grid worker is, so a grant given meanwhile on another
 * node shows in its lists within the window. A grant given, changed or removed through this
 * node's engine forgets every login at once and again when its transaction commits; a new post
 * (another group) is another login.
 */
@Component
public class TaskGrantHolders {

	static final Duration WINDOW = Duration.ofSeconds(10);

	private final Cache<Login, Boolean> holders = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(WINDOW)
		.build();

	/** Bumped by every forgetting, so that an answer read before it is not remembered. */
	private final AtomicLong generation = new AtomicLong();

	/** The remembered answer for this login, or the one {@code grants} reads now. */
	boolean holdGrantsBeyondSingleTasks(String userId, List<String> groupIds, BooleanSupplier grants) {
		Login login = new Login(userId, groupIds == null ? Set.of() : Set.copyOf(groupIds));
		Boolean known = this.holders.getIfPresent(login);
		if (known != null) {
			return known;
		}
		long asked = this.generation.get();
		boolean holds = grants.getAsBoolean();
		this.holders.put(login, holds);
		if (this.generation.get() != asked) {
			this.holders.asMap().remove(login, holds);
		}
		return holds;
	}

	/** Every login's next task query reads the grants again. */
	public void forgetAll() {
		this.generation.incrementAndGet();
		this.holders.invalidateAll();
	}

	private record Login(String userId, Set<String> groupIds) {
	}

}
