// Parses the AsyncAPI document named on the command line with the AsyncAPI parser (its own rule set, every $ref
// resolved, so each message's envelope and data schema are read too) and prints one JSON summary on stdout:
// whether it parsed, how many messages it has, how many of them carry a data schema, and every diagnostic.
import { Parser, fromFile } from '@asyncapi/parser';

const SEVERITIES = ['error', 'warning', 'info', 'hint'];

const { document, diagnostics } = await fromFile(new Parser(), process.argv[2]).parse();
const messages = document ? document.allMessages().all() : [];
const withData = messages.filter(message => {
  const parts = message.payload()?.allOf() ?? [];
  const data = parts.map(part => part.properties()?.data).find(Boolean);
  return data !== undefined && data.type() === 'object';
});

console.log(JSON.stringify({
  parsed: document !== undefined,
  messages: messages.length,
  messagesWithData: withData.length,
  diagnostics: diagnostics.map(d => ({
    severity: SEVERITIES[d.severity] ?? String(d.severity),
    code: d.code,
    message: d.message,
    path: d.path.join('/'),
  })),
}));
