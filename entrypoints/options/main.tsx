import { render } from "preact";
import { Options } from "@/components/Options";
import { PageShell } from "@/components/PageShell";
import "@/components/page.css";

const app = document.getElementById("app");
if (app) render(<PageShell>{(settings) => <Options settings={settings} />}</PageShell>, app);
