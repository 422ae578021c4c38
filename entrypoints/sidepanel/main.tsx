import { render } from "preact";
import { PageShell } from "@/components/PageShell";
import { SidePanel } from "@/components/SidePanel";
import "@/components/page.css";
import "@/components/sweep/sweep.css";

const app = document.getElementById("app");
if (app) render(<PageShell>{(settings) => <SidePanel settings={settings} />}</PageShell>, app);
