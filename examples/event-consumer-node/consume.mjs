// Reads every sales.<context>.events topic from its beginning up to where it ended when the run started, as a
// company system replaying the history would, and checks every record against the published contracts.
// Deduplicates by eventId (delivery is at least once). A record's CloudEvents headers (binary content mode, ADR
// 0018) must say what its envelope says. Prints a JSON summary; exits 1 on any broken record.
//
//   KAFKA_BOOTSTRAP_SERVERS  brokers (default 127.0.0.1:9092)
//   CONTRACTS_DIR            the contracts' events folder (default ../../contracts/events)
//   EXAMPLES_ONLY=true       only check the contracts' examples, without a broker
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { loadContracts } from './contracts.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const contracts = loadContracts(process.env.CONTRACTS_DIR || path.resolve(here, '../../contracts/events'));
const summary = {
  schemas: contracts.schemaCount, examples: 0, records: 0, duplicates: 0, cloudEvents: 0, types: {}, broken: [],
};

for (const example of contracts.examples) {
  summary.examples++;
  for (const problem of contracts.checkExample(example)) summary.broken.push(problem);
}

if (process.env.EXAMPLES_ONLY !== 'true') {
  await consumeEveryTopic();
}
console.log(JSON.stringify(summary, null, 2));
process.exit(summary.broken.length === 0 ? 0 : 1);

async function consumeEveryTopic() {
  const kafka = new Kafka({
    clientId: 'sales-event-consumer-example',
    brokers: (process.env.KAFKA_BOOTSTRAP_SERVERS || '127.0.0.1:9092').split(','),
    logLevel: logLevel.WARN,
  });
  const admin = kafka.admin();
  await admin.connect();
  const topics = (await admin.listTopics()).filter((topic) => /^sales\.[a-z]+\.events$/.test(topic));
  const remaining = new Map(); // "topic/partition" -> the last offset to read
  for (const topic of topics) {
    for (const { partition, high, low } of await admin.fetchTopicOffsets(topic)) {
      if (Number(high) > Number(low)) remaining.set(`${topic}/${partition}`, Number(high) - 1);
    }
  }
  await admin.disconnect();
  if (remaining.size === 0) return;

  const seen = new Set();
  // A new group each run: an example replaying from the beginning. A real consumer keeps its group id.
  const consumer = kafka.consumer({ groupId: `sales-event-consumer-example-${randomUUID()}` });
  await consumer.connect();
  await consumer.subscribe({ topics, fromBeginning: true });
  let finish;
  const done = new Promise((resolve) => { finish = resolve; });
  await consumer.run({
    eachMessage: async ({ topic, partition, message }) => {
      const context = topic.split('.')[1];
      let value;
      try {
        value = JSON.parse(message.value.toString('utf8'));
      } catch (error) {
        summary.broken.push(`${topic}/${partition}@${message.offset}: not JSON`);
      }
      if (value) {
        summary.records++;
        if (seen.has(value.eventId)) summary.duplicates++;
        else {
          seen.add(value.eventId);
          summary.types[value.type] = (summary.types[value.type] || 0) + 1;
          for (const problem of contracts.check(context, value)) {
            summary.broken.push(`${topic}/${partition}@${message.offset}: ${problem}`);
          }
          if (message.headers?.ce_specversion) {
            summary.cloudEvents++;
            for (const problem of cloudEventProblems(context, value, message.headers)) {
              summary.broken.push(`${topic}/${partition}@${message.offset}: ${problem}`);
            }
          }
        }
      }
      const key = `${topic}/${partition}`;
      if (remaining.has(key) && Number(message.offset) >= remaining.get(key)) {
        remaining.delete(key);
        if (remaining.size === 0) finish();
      }
    },
  });
  await done;
  await consumer.disconnect();
}

/** Where the record's ce_* headers disagree with its envelope (records published before ADR 0018 have none). */
function cloudEventProblems(context, value, headers) {
  const header = (name) => headers[name]?.toString('utf8');
  const expected = {
    ce_specversion: '1.0',
    ce_id: value.eventId,
    ce_source: `/sales-platform/${value.source}`,
    ce_type: `dev.sales-platform.${context}.${value.type}.v${value.version}`,
    ce_subject: value.aggregateId,
    ce_dataschema: `https://sales-platform.dev/contracts/events/${context}/${value.type}.v${value.version}.schema.json`,
    'content-type': 'application/json',
  };
  const problems = Object.entries(expected)
    .filter(([name, wanted]) => header(name) !== wanted)
    .map(([name, wanted]) => `header ${name} is ${header(name)}, the envelope says ${wanted}`);
  if (Date.parse(header('ce_time')) !== Date.parse(value.occurredAt)) {
    problems.push(`header ce_time is ${header('ce_time')}, the envelope says ${value.occurredAt}`);
  }
  return problems;
}
