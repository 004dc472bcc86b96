// The published language: the envelope and one JSON Schema per event type and version, as in contracts/events.
import fs from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

export function loadContracts(eventsDir) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
  const envelope = ajv.compile(readJson(path.join(eventsDir, 'envelope.schema.json')));
  const schemas = new Map();
  const examples = [];
  for (const context of fs.readdirSync(eventsDir, { withFileTypes: true })) {
    if (!context.isDirectory()) continue;
    for (const file of fs.readdirSync(path.join(eventsDir, context.name))) {
      const match = file.match(/^([A-Za-z]+)\.v(\d+)\.(schema|example)\.json$/);
      if (!match) continue;
      const key = `${context.name}/${match[1]}/${match[2]}`;
      const full = path.join(eventsDir, context.name, file);
      if (match[3] === 'schema') schemas.set(key, ajv.compile(readJson(full)));
      else examples.push({ key, file: path.relative(eventsDir, full), data: readJson(full) });
    }
  }
  return {
    schemaCount: schemas.size,
    examples,
    /** The problems of one record's value on the topic of the given context; none when it keeps the contract. */
    check(context, value) {
      if (!envelope(value)) return describe(envelope.errors, 'envelope');
      const data = schemas.get(`${context}/${value.type}/${value.version}`);
      if (!data) return [`no schema ${context}/${value.type}.v${value.version}.schema.json`];
      return data(value.data) ? [] : describe(data.errors, `${value.type}.v${value.version}`);
    },
    checkExample(example) {
      const data = schemas.get(example.key);
      if (!data) return [`no schema for ${example.file}`];
      return data(example.data) ? [] : describe(data.errors, example.file);
    },
  };
}

function describe(errors, what) {
  return errors.map((error) => `${what}${error.instancePath || ''}: ${error.message}`);
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}
