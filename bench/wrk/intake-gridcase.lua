-- GridCase intake: POST /api/reports as a grid worker (HTTP Basic), a patrol report placed by
-- its grid code. Every description is unique, and a report without a point is never linked to
-- another case as a duplicate, so every request opens a case.
-- args: <Basic credentials, base64> <tag unique to this wrk run> [answers per thread, 0 = until -d ends]
package.path = debug.getinfo(1, "S").source:match("^@(.*/)") .. "?.lua;" .. package.path
local bench = require("bench")

setup = bench.setup
done = bench.done

local CREATED = { [201] = true }

function init(args)
  auth = "Basic " .. args[1]
  tag = args[2]
  limit = tonumber(args[3] or "0")
  sent = 0
end

function request()
  sent = sent + 1
  local body = string.format('{"channel":"PATROL","subcategory":"01-01","description":"性能基准 %s-%d-%d：路口东北角暴露垃圾，请处理",'
    .. '"address":"顺河路与城东路交叉口","gridCode":"410104001001001","reporter":{"name":"张伟","phone":"13800000000"}}',
    tag, thread_number, sent)
  return wrk.format("POST", "/api/reports", { ["Authorization"] = auth, ["Content-Type"] = "application/json" }, body)
end

function response(status, headers, body)
  bench.answered(status, body, CREATED)
end
