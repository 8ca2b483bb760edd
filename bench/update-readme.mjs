// Copies a results table (bench/results/latest.md, written by a bench/run) into READMEs, so a README only ever
// shows a run's output, never typed numbers:
//   between "<!-- results:start -->" and "<!-- results:end -->": the whole table with its details (bench/README.md);
//   between "<!-- headline:start -->" and "<!-- headline:end -->": the run line and the rows that have a budget,
//   with a link to the whole table (the top-level README).
// A README without either pair of lines is left alone. bench/run calls this after a full run.
import { readFileSync, writeFileSync } from "node:fs";

const [table, ...readmes] = process.argv.slice(2);
const body = readFileSync(table, "utf8").replace(/^## .*\n\n/, "").trimEnd();

// The run line, the table's header and separator, and each row whose budget column (the second) is not "—".
function headline(text) {
  const lines = text.split("\n");
  const run = lines.find((l) => l.startsWith("Run "));
  const rows = lines.filter((l) => l.startsWith("|"));
  const [header, separator, ...data] = rows;
  const budgeted = data.filter((row) => row.split("|")[2].trim() !== "—");
  return [
    run,
    "",
    header,
    separator,
    ...budgeted,
    "",
    "Every row, the baseline and the details: [bench/README.md](bench/README.md#latest-results).",
  ].join("\n");
}

function replaceBetween(text, name, block) {
  const start = `\n<!-- ${name}:start -->\n`;
  const end = `\n<!-- ${name}:end -->\n`;
  const i = text.indexOf(start);
  const j = text.indexOf(end, i + start.length - 1);
  if (i < 0 || j < 0) {
    return text;
  }
  return text.slice(0, i + start.length) + "\n" + block + "\n" + text.slice(j);
}

for (const readme of readmes) {
  const text = readFileSync(readme, "utf8");
  let updated = replaceBetween(text, "results", "Produced by `bench/run` (copied from bench/results/latest.md):\n\n" + body);
  updated = replaceBetween(updated, "headline", "Produced by `bench/run` (the rows with a budget, copied from bench/results/latest.md):\n\n" + headline(body));
  if (updated !== text) {
    writeFileSync(readme, updated);
    console.log(`Updated the results in ${readme}`);
  }
}
