// Drives Code for America's Open311 client (npm package "open311") against a running GridCase,
// for Open311ClientTests. Prints what the client read back as one JSON object on stdout.
//   node open311-client.js file <endpoint> <api key> <jurisdiction> <lat> <long> <description>
//   node open311-client.js read <endpoint> <jurisdiction> <service request id> <start date>
'use strict';

const Open311 = require('open311');

const [mode, endpoint, ...args] = process.argv.slice(2);

function call(method, ...parameters) {
  return new Promise((resolve, reject) => {
    method(...parameters, (error, data) => (error ? reject(new Error(String(data))) : resolve(data)));
  });
}

async function file(apiKey, jurisdiction, lat, long, description) {
  const city = new Open311({ endpoint, jurisdiction, apiKey, format: 'json' });
  const services = await call(city.serviceList.bind(city));
  const definition = await call(city.serviceDefinition.bind(city), '06-01');
  const created = await call(city.submitRequest.bind(city), {
    service_code: '06-01', lat, long, description, address_string: '东大街与城东路交叉口',
    first_name: '三', last_name: '张', phone: '13800000000', email: 'zhangsan@example.com',
    attributes: { depth: '0.5m' },
  });
  const id = created[0].service_request_id;
  const readBack = await call(city.serviceRequest.bind(city), id);
  return { services, definition, created, readBack };
}

async function read(jurisdiction, id, startDate) {
  const city = new Open311({ endpoint, jurisdiction, format: 'json' });
  const byId = await call(city.serviceRequest.bind(city), id);
  const closed = await call(city.serviceRequests.bind(city), { status: 'closed', service_code: '06-01', start_date: startDate });
  return { byId, closed };
}

(mode === 'file' ? file(...args) : read(...args))
  .then((result) => process.stdout.write(JSON.stringify(result)))
  .catch((error) => {
    process.stderr.write(String(error.stack || error));
    process.exit(1);
  });
