// How results are shown: one line per check (a failure's rule and exchange indented under it),
// the summary line, and a JUnit XML file for CI.
import type { Result } from "./check";
import type { Summary } from "./kit";

export function resultLine(result: Result): string {
  const title = `${result.group} › ${result.name}`;
  const { outcome } = result;
  if (outcome.status === "passed") return `✔ ${title}`;
  if (outcome.status === "skipped") return `- ${title} skipped: ${outcome.reason}`;
  const detail = outcome.detail ? `\n${indent(outcome.detail)}` : "";
  return `✘ ${title}\n${indent(`rule: ${outcome.rule}`)}${detail}`;
}

export function summaryLine(summary: Pick<Summary, "passed" | "failed" | "skipped">): string {
  return `${summary.passed} passed, ${summary.failed} failed, ${summary.skipped} skipped`;
}

const indent = (text: string) =>
  text
    .split("\n")
    .map((line) => `    ${line}`)
    .join("\n");

const escapeXml = (text: string) =>
  text
    // characters XML 1.0 cannot hold at all
    // biome-ignore lint/suspicious/noControlCharactersInRegex: they are what is removed
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

/** The results as JUnit XML: a test suite per group, a test case per check. */
export function junitXml(summary: Summary): string {
  const groups = new Map<string, Result[]>();
  for (const result of summary.results)
    groups.set(result.group, [...(groups.get(result.group) ?? []), result]);
  const suites = [...groups].map(([group, results]) => {
    const count = (status: string) => results.filter((r) => r.outcome.status === status).length;
    const time = results.reduce((sum, r) => sum + r.seconds, 0).toFixed(3);
    const cases = results.map((r) => {
      const open = `    <testcase classname="bedrock-conformance.${escapeXml(group)}" name="${escapeXml(r.name)}" time="${r.seconds.toFixed(3)}"`;
      const { outcome } = r;
      if (outcome.status === "passed") return `${open}/>`;
      if (outcome.status === "skipped")
        return `${open}>\n      <skipped message="${escapeXml(outcome.reason)}"/>\n    </testcase>`;
      return `${open}>\n      <failure message="${escapeXml(outcome.rule)}">${escapeXml(outcome.detail)}</failure>\n    </testcase>`;
    });
    return [
      `  <testsuite name="${escapeXml(group)}" tests="${results.length}" failures="${count("failed")}" skipped="${count("skipped")}" errors="0" time="${time}">`,
      ...cases,
      "  </testsuite>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="bedrock-conformance" tests="${summary.results.length}" failures="${summary.failed}" skipped="${summary.skipped}" errors="0" time="${summary.seconds.toFixed(3)}">`,
    ...suites,
    "</testsuites>",
    "",
  ].join("\n");
}
