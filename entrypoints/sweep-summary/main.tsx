import { render } from "preact";
import { PageShell } from "@/components/PageShell";
import { SweepSummaryPage } from "@/components/sweep/SweepSummaryPage";
import "@/components/page.css";
import "@/components/sweep/sweep.css";

const app = document.getElementById("app");
const sweepId = new URLSearchParams(location.search).get("sweep") ?? "";
if (app) render(<PageShell>{() => <SweepSummaryPage sweepId={sweepId} />}</PageShell>, app);
