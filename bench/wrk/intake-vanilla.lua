-- Vanilla intake: POST /engine-rest/process-definition/key/benchTask/start with a business key
-- and four string variables (what a report carries), no authentication (the starter's default).
-- args: <tag unique to this wrk run> [answers per thread, 0 = until -d ends]
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local bench = require("bench")

setup = bench.setup
done = bench.done

local STARTED = { [200] = true }

function init(args)
  tag = args[1]
  limit = tonumber(args[2] or "0")
  sent = 0
end

function request()
  sent = sent + 1
  local body = string.format('{"businessKey":"VB-%s-%d-%d","variables":{'
    .. '"description":{"value":"性能基准 %s-%d-%d：路口东北角暴露垃圾，请处理","type":"String"},'
    .. '"address":{"value":"顺河路与城东路交叉口","type":"String"},'
    .. '"gridCode":{"value":"410104001001001","type":"String"},'
    .. '"subcategory":{"value":"01-01","type":"String"}}}',
    tag, thread_number, sent, tag, thread_number, sent)
  return wrk.format("POST", "/engine-rest/process-definition/key/benchTask/start",
    { ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  bench.answered(status, body, STARTED)
end
