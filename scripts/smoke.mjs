// The main job until apps/demo exists: send one message through an in-memory provider and print it.
import { createSmsClient, analyzeText } from '../packages/core/dist/index.js';
import { createMemoryProvider } from '../packages/core/dist/testing/index.js';

const provider = createMemoryProvider({ id: 'memory' });
const client = createSmsClient({ providers: [provider], defaultCountry: 'IR' });
const text = 'سلام! کد ورود شما ۴۸۲۱ است.';
const result = await client.send({ to: '۰۹۱۲ ۱۲۳ ۴۵۶۷', text });
const analysis = analyzeText(text);

console.log('Sent one message through the in-memory provider:');
console.table(result.messages.map((message) => ({ provider: result.provider, to: message.to, id: message.id, status: message.status, segments: message.segments })));
console.log(`Text: ${text}`);
console.log(`Encoding ${analysis.encoding}, ${analysis.length} units, ${analysis.segments} part(s).`);
await client.close();
