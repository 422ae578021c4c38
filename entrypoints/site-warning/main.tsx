import { render } from "preact";
import { PageShell } from "@/components/PageShell";
import { SiteWarning } from "@/components/SiteWarning";
import "@/components/page.css";

const app = document.getElementById("app");
if (app) render(<PageShell>{() => <SiteWarning />}</PageShell>, app);
