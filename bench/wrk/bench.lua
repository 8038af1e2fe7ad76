-- Shared by the benchmark's wrk scripts (bench/performance.sh): numbers the threads, counts the
-- answers, stops a thread after a given number of answers (and says so: WRK_THREAD_DONE), and
-- prints one machine-readable line at the end:  WRK_RESULT requests=… seconds=… p50=… p90=… p95=… p99=… max=… (ms) bad=… errors=…
-- Run wrk with as many threads as connections (-t N -c N): each thread then has one connection
-- and sends its requests strictly one after the other.
local bench = {}

local threads = {}

function bench.setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
  thread:set("thread_count", 0)
end

-- counts an answer; expected: a table of the statuses that count as done
function bench.answered(status, body, expected)
  answers = (answers or 0) + 1
  if not expected[status] then
    bad = (bad or 0) + 1
    if not first_bad then
      first_bad = status .. " " .. string.sub(body or "", 1, 300):gsub("%s+", " ")
    end
  end
  if limit and limit > 0 and answers >= limit and not stopped then
    -- wrk runs until -d has passed even when every thread stopped: this line tells the
    -- benchmark to end it early (SIGINT; wrk then reports as usual)
    stopped = true
    io.write("WRK_THREAD_DONE\n")
    io.flush()
    wrk.thread:stop()
  end
end

function bench.done(summary, latency, requests)
  local bad_total, first = 0, nil
  for _, thread in ipairs(threads) do
    bad_total = bad_total + (thread:get("bad") or 0)
    first = first or thread:get("first_bad")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("WRK_RESULT requests=%d seconds=%.3f p50=%.3f p90=%.3f p95=%.3f p99=%.3f max=%.3f bad=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50) / 1e3, latency:percentile(90) / 1e3, latency:percentile(95) / 1e3,
    latency:percentile(99) / 1e3, latency.max / 1e3, bad_total, errors))
  if first then
    io.write("WRK_FIRST_BAD " .. first .. "\n")
  end
end

-- the lines of a file, e.g. task ids or paths
function bench.lines(file)
  local lines = {}
  for line in io.lines(file) do
    if line ~= "" then
      table.insert(lines, line)
    end
  end
  return lines
end

return bench
