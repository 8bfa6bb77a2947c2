// Copies the files that have their single source of truth outside the extension:
// the TextMate grammar (../grammar) and the manifest JSON Schema (../mangopy/data).
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const copies = [
  ["../grammar/mangofix.tmLanguage.json", "syntaxes/mangofix.tmLanguage.json"],
  ["../mangopy/data/manifest.schema.json", "schemas/manifest.schema.json"],
];
for (const [from, to] of copies) {
  const dest = join(root, to);
  mkdirSync(dirname(dest), { recursive: true });
  copyFileSync(join(root, from), dest);
  console.log(`copied ${from} -> ${to}`);
}
