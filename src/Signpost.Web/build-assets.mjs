// Copies the front-end packages Signpost serves into wwwroot/lib. Run by the build (see Signpost.Web.csproj).
// The NHS.UK stylesheet loads the Frutiger web font from assets.nhs.uk; Signpost fetches nothing from the
// internet, so those @font-face rules are removed and the design system's own fallback (Arial) is used.
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const from = "node_modules/nhsuk-frontend/dist/nhsuk";
const to = "wwwroot/lib/nhsuk-frontend";
rmSync(to, { recursive: true, force: true });
mkdirSync(to, { recursive: true });
cpSync(`${from}/assets`, `${to}/assets`, { recursive: true });
cpSync(`${from}/nhsuk-frontend.min.js`, `${to}/nhsuk-frontend.min.js`);

const css = readFileSync(`${from}/nhsuk-frontend.min.css`, "utf8")
  .replace(/@font-face\{[^}]*\}/g, "")
  .replaceAll("url(/assets/", "url(/lib/nhsuk-frontend/assets/");
if (/https?:\/\//.test(css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/xmlns=\\?["'][^"']*["']/g, ""))) {
  console.warn("warning: the NHS.UK stylesheet still names an external address");
}
writeFileSync(`${to}/nhsuk-frontend.min.css`, css);
// Chart.js draws the analytics dashboards' charts (its UMD build defines window.Chart; no bundler needed).
mkdirSync("wwwroot/lib/chart.js", { recursive: true });
cpSync("node_modules/chart.js/dist/chart.umd.min.js", "wwwroot/lib/chart.js/chart.umd.min.js");
cpSync("node_modules/chart.js/LICENSE.md", "wwwroot/lib/chart.js/LICENSE.md");
writeFileSync("wwwroot/lib/.stamp", new Date().toISOString());
console.log("front-end assets copied to wwwroot/lib");
