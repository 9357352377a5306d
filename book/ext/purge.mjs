// Run PurgeCSS (npm, pinned in package.json) for book/ext/purge.py: reads the options as JSON
// on stdin, where a safelist entry "/pattern/" is a regular expression, rewrites each
// stylesheet in place and prints {file: [bytes before, bytes after]} as JSON.
import { readFileSync, writeFileSync, statSync } from "node:fs";
import { PurgeCSS } from "purgecss";

const options = JSON.parse(readFileSync(0, "utf-8"));
const pattern = (entry) => (entry.startsWith("/") ? new RegExp(entry.slice(1, -1)) : entry);
for (const key of ["standard", "deep", "greedy"]) {
  options.safelist[key] = (options.safelist[key] || []).map(pattern);
}
const before = Object.fromEntries(options.css.map((file) => [file, statSync(file).size]));
const results = await new PurgeCSS().purge(options);
const sizes = {};
for (const { file, css } of results) {
  const kept = css.replace(/\/\*# sourceMappingURL=[^*]*\*\/\s*$/, "");
  writeFileSync(file, kept);
  sizes[file] = [before[file], Buffer.byteLength(kept)];
}
process.stdout.write(JSON.stringify(sizes));
