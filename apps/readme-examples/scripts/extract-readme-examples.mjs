// Writes every ```ts block of the repository's READMEs to generated/<readme>/example-<n>.ts, so `tsc` checks
// that what a user copies from a README compiles against the packages as built. A block fenced ```ts continued
// goes on from the block before it (GitHub reads only the first word of the fence); a block that is a fragment
// on purpose (a line of settings, a shell session) is fenced as something other than ts.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const output = path.resolve(here, '../generated');
const readmes = [
  'README.md',
  'CONTRIBUTING.md',
  'packages/core/README.md',
  'packages/simulator/README.md',
  'packages/providers/ghasedak/README.md',
  'packages/providers/smsafzar/README.md',
  'packages/providers/smspartner/README.md',
  'packages/integrations/express/README.md',
  'packages/integrations/nestjs/README.md',
  'packages/integrations/nodemailer/README.md',
  'packages/integrations/opentelemetry/README.md',
  'packages/queue/README.md',
];

rmSync(output, { recursive: true, force: true });
let count = 0;
for (const readme of readmes) {
  const text = readFileSync(path.join(root, readme), 'utf8');
  const folder = path.join(output, readme.replace(/\.md$/, '').replaceAll('/', '__'));
  const examples = [];
  for (const block of text.matchAll(/^```(?:ts|typescript)( continued)?\n([\s\S]*?)^```$/gm)) {
    const line = text.slice(0, block.index).split('\n').length;
    const part = `// ${readme}, line ${line}\n${block[2]}`;
    if (block[1] !== undefined && examples.length > 0) examples[examples.length - 1] += part;
    else examples.push(part);
  }
  examples.forEach((example, index) => {
    mkdirSync(folder, { recursive: true });
    // `export {}` makes each example its own module, so two examples may declare the same names.
    writeFileSync(path.join(folder, `example-${index + 1}.ts`), `${example}\nexport {};\n`);
    count += 1;
  });
}
process.stdout.write(
  `Extracted ${count} TypeScript examples from ${readmes.length} READMEs into ${path.relative(root, output)}\n`,
);
