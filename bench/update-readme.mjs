// Copies a results table (bench/results/latest.md, written by a bench/run) into every README given, between
// the lines "<!-- results:start -->" and "<!-- results:end -->". A README without those lines is left alone.
// bench/run calls this after a full run, so a README only ever shows a run's output, never typed numbers.
import { readFileSync, writeFileSync } from "node:fs";

const [table, ...readmes] = process.argv.slice(2);
const body = readFileSync(table, "utf8").replace(/^## .*\n\n/, "");
const start = "\n<!-- results:start -->\n";
const end = "\n<!-- results:end -->\n";
for (const readme of readmes) {
  const text = readFileSync(readme, "utf8");
  const i = text.indexOf(start);
  const j = text.indexOf(end, i + start.length - 1);
  if (i < 0 || j < 0) {
    continue;
  }
  const block = "\nProduced by `bench/run` (copied from bench/results/latest.md):\n\n" + body.trimEnd() + "\n";
  writeFileSync(readme, text.slice(0, i + start.length) + block + text.slice(j));
  console.log(`Updated the results in ${readme}`);
}
