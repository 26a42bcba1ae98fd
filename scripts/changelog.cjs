// How `changeset version` (run by `npm run release`) writes each changeset into CHANGELOG.md
// (.changeset/config.json's "changelog"): its text as one list item, continuation lines indented
// under it. Unlike @changesets/cli/changelog, no commit hash leads the entry: it names the commit
// that added the changeset, often written ahead of the work, not one a reader could use.
"use strict";

/** One changeset's entry. */
async function getReleaseLine(changeset) {
  const [first = "", ...rest] = changeset.summary.trim().split("\n");
  const indented = rest.map((line) => (line.trim() ? `  ${line.trimEnd()}` : ""));
  return [`- ${first.trimEnd()}`, ...indented].join("\n");
}

/** This repository publishes one package: no dependency of it is released with it. */
async function getDependencyReleaseLine() {
  return "";
}

module.exports = { getReleaseLine, getDependencyReleaseLine };
